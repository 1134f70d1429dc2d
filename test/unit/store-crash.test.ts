/**
 * Killed in the middle of a publish (SIGKILL after the claim and its data version are written, before the commit):
 * after the restart the claim is not there at all, on SQLite and on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase } from '@/store/db';
import { deskClaims } from '@/store/read';
import { latestVersion } from '@/store/snapshot';
import { createDatabase } from '../support/postgres';

function publishAndKill(target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', '--conditions=react-server', 'test/support/publish-and-hang.ts', target], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.stdout.on('data', (d) => {
      if (String(d).includes('written')) process.kill(-child.pid!, 'SIGKILL');
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the publishing process ended by itself (${code}): ${errors.slice(-400)}`))));
  });
}

const targets: [string, () => { target: string; open: () => ReturnType<typeof openDatabase>; cleanup: () => void }][] = [
  ['SQLite', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'buildup-crash-'));
    const file = path.join(dir, 'store.sqlite');
    return { target: file, open: () => openDatabase('', file), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }],
  ['PostgreSQL', () => {
    const url = createDatabase(inject('postgresUrl'), `crash_${process.pid}_${Date.now()}`);
    return { target: url, open: () => openDatabase(url), cleanup: () => undefined };
  }],
];

describe.each(targets)('a publish killed before it commits, on %s', (_name, make) => {
  it('leaves the store as it was: no data version, no revision', { timeout: 60_000 }, async () => {
    const { target, open, cleanup } = make();
    try {
      await publishAndKill(target);
      const handle = await open();
      expect(await latestVersion(handle.db)).toBe(1);
      expect((await deskClaims(handle.db)).map((c) => c.id)).not.toContain('crash-test');
      await handle.db.destroy();
    } finally {
      cleanup();
    }
  });
});
