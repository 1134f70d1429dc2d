import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { APP_SERVER_ENV, APP_SERVER_NODE_FLAGS } from './test/support/app-server';
import { CHROMIUM_FLAGS, chromiumPath } from './test/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The e2e server reads copies of the claims and scenes, so tests may edit them live without touching the real files. */
export const E2E_CLAIMS_FILE = path.join(__dirname, 'test', 'e2e', '.runtime', 'claims.json');
export const E2E_SCENES_FILE = path.join(__dirname, 'test', 'e2e', '.runtime', 'scenes.json');
/** A store of its own, new for every run: seeded from the copies above when the server starts. */
export const E2E_DATA_DIR = path.join(__dirname, 'test', 'e2e', '.runtime', 'data');
/**
 * The stored source texts the desk checks a published quote against (store/stored-sources.ts): the data's own quotes
 * and the pages the desk tests cite, so the suite does not depend on where ../shared/sources is.
 */
export const E2E_SOURCES_DIR = path.join(__dirname, 'test', 'e2e', '.runtime', 'sources');
const E2E_STORED_PAGE = 'About 160,000 troops are massed near the border. Later: About 165,000 troops are massed near the border.';
/** The desk's accounts for the browser tests (added before the server starts). */
export const E2E_ACCOUNTS = {
  editor: { email: 'editor@e2e.example', password: 'editor password one' },
  second: { email: 'second@e2e.example', password: 'editor password two' },
  admin: { email: 'admin@e2e.example', password: 'admin password three' },
} as const;
// A fresh store and data files for each run, made once by the runner: a test worker loads this file too, after the
// server started, and must not remove the data folder from under it (its version stamp went with it).
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  mkdirSync(path.dirname(E2E_CLAIMS_FILE), { recursive: true });
  copyFileSync(path.join(__dirname, 'geo', 'data', 'claims.json'), E2E_CLAIMS_FILE);
  copyFileSync(path.join(__dirname, 'geo', 'data', 'scenes.json'), E2E_SCENES_FILE);
  const { claims } = JSON.parse(readFileSync(E2E_CLAIMS_FILE, 'utf8')) as { claims: { quote: string; readings?: { quote: string }[] }[] };
  mkdirSync(E2E_SOURCES_DIR, { recursive: true });
  writeFileSync(path.join(E2E_SOURCES_DIR, 'data-quotes.txt'), claims.flatMap((c) => [c.quote, ...(c.readings ?? []).map((r) => r.quote)]).join('\n\n'));
  writeFileSync(path.join(E2E_SOURCES_DIR, 'desk-test-page.txt'), E2E_STORED_PAGE);
}

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  webServer: {
    command: [
      'npm run build',
      ...Object.entries(E2E_ACCOUNTS).map(([role, a]) => `printf '%s\\n' '${a.password}' | npm run -s user:add -- --email ${a.email} --role ${role === 'admin' ? 'admin' : 'editor'}`),
      `node ${APP_SERVER_NODE_FLAGS.join(' ')} server.mjs --port ${PORT} --host 127.0.0.1`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}/api/buildup`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { ...APP_SERVER_ENV, BUILDUP_CLAIMS_FILE: E2E_CLAIMS_FILE, BUILDUP_SCENES_FILE: E2E_SCENES_FILE, BUILDUP_DATA_DIR: E2E_DATA_DIR, BUILDUP_SOURCES_DIR: E2E_SOURCES_DIR },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
