import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './test/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The e2e server reads copies of the claims and scenes, so tests may edit them live without touching the real files. */
export const E2E_CLAIMS_FILE = path.join(__dirname, 'test', 'e2e', '.runtime', 'claims.json');
export const E2E_SCENES_FILE = path.join(__dirname, 'test', 'e2e', '.runtime', 'scenes.json');
mkdirSync(path.dirname(E2E_CLAIMS_FILE), { recursive: true });
copyFileSync(path.join(__dirname, 'geo', 'data', 'claims.json'), E2E_CLAIMS_FILE);
copyFileSync(path.join(__dirname, 'geo', 'data', 'scenes.json'), E2E_SCENES_FILE);

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
    command: `npm run build && node server.mjs --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/buildup`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { BUILDUP_CLAIMS_FILE: E2E_CLAIMS_FILE, BUILDUP_SCENES_FILE: E2E_SCENES_FILE },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
