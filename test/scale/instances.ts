/**
 * The app as it runs at scale: instances of `node server.mjs` on loopback, each with its own data folder (for the
 * data-version stamp its replay memo watches) and one PostgreSQL store between them, behind a proxy they trust.
 */
import { rmSync } from 'node:fs';
import { APP_SERVER_ENV, appServerArgs } from '../support/app-server';
import { freePort } from '../support/process-group';
import { type Group, ROOT, runToEnd, startGroup, temporaryFolder, waitForAnswer } from './processes';

export interface Instance {
  name: string;
  port: number;
  origin: string;
  group: Group;
  dataDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts `node server.mjs --port P --host 127.0.0.1` and waits until it serves /api/buildup (the first instance on an
 * empty store seeds it from geo/data/*.json, which takes a while).
 */
export async function startInstance(name: string, databaseUrl: string, env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const dataDir = temporaryFolder(`instance-${name}`);
  const group = startGroup(`instance ${name}`, process.execPath, appServerArgs(ROOT, port), {
    env: { ...APP_SERVER_ENV, ...env, DATABASE_URL: databaseUrl, BUILDUP_DATA_DIR: dataDir, BUILDUP_TRUST_PROXY: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await group.stop(10_000);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForAnswer(group, `${origin}/api/buildup`, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, port, origin, group, dataDir, stop };
}

export const EDITOR = { email: 'scale-editor@scale.example', password: 'scale-test-password-1234' };

/** A desk account, as an operator adds one: `npm run user:add`, the password on standard input. */
export async function addEditor(databaseUrl: string, dataDir: string): Promise<void> {
  await runToEnd('npm run user:add', 'npm', ['run', '-s', 'user:add', '--', '--email', EDITOR.email, '--role', 'editor'], {
    env: { DATABASE_URL: databaseUrl, BUILDUP_DATA_DIR: dataDir },
    input: `${EDITOR.password}\n`,
  });
}
