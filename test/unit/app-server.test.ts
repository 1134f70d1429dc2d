/** `npm start` and the scripts that start the server themselves (test/support/app-server.ts) must run it alike. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SERVER_ENV, APP_SERVER_NODE_FLAGS, appServerArgs } from '../support/app-server';

const ROOT = path.resolve(__dirname, '..', '..');
const startScript: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start;

describe('how the app server is started', () => {
  it('npm start sets the same environment and node flags the test scripts do', () => {
    const assignments = Object.entries(APP_SERVER_ENV).map(([name, value]) => `${name}=${value}`);
    expect(startScript).toBe(`${assignments.join(' ')} node ${APP_SERVER_NODE_FLAGS.join(' ')} server.mjs`);
  });

  it('runs server.mjs from the given root on loopback', () => {
    expect(appServerArgs('/srv/app', 3100)).toEqual(['--heap-growing-percent=50', '/srv/app/server.mjs', '--port', '3100', '--host', '127.0.0.1']);
  });
});
