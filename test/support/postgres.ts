/**
 * A PostgreSQL server of its own for tests and the scale test: Debian's binaries (apt-get install postgresql), a
 * fresh data folder in the temp directory, loopback only, trust authentication, started in its own process group
 * and stopped by that group's id, never as a system service. As root, initdb and postgres run as the `postgres` user
 * (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, stopGroup, track } from './process-group';

export interface Postgres {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** The newest PostgreSQL's server binaries (PG_BIN overrides), or null when PostgreSQL is not installed. */
export function postgresBin(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => path.join(root, v, 'bin')).find((dir) => existsSync(path.join(dir, 'postgres')));
  return bin ?? null;
}

const isRoot = () => process.getuid?.() === 0;
/** A command as the postgres user when we are root. */
const asPostgres = (file: string, args: string[]): [string, string[]] => (isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]);

export async function startPostgres(database = 'buildup'): Promise<Postgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (or set PG_BIN to its bin folder)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'buildup-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  // Gone when the script ends, even when it ends early (an error, Ctrl-C: process-group.ts stops the server first).
  const removeOnExit = () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // the server was still writing: the temp folder is left to the system
    }
  };
  process.on('exit', removeOnExit);
  const data = path.join(dir, 'data');
  const [initdb, initArgs] = asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'buildup', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  execFileSync(initdb, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const [postgres, args] = asPostgres(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'max_connections=200']);
  const child = spawn(postgres, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const forget = track(child);
  const log: string[] = [];
  child.stderr!.on('data', (d) => log.push(String(d)));
  const stop = async () => {
    // SIGINT: PostgreSQL's fast shutdown; SIGKILL after 10 s.
    const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    await stopGroup(child, exited, 10_000, 'SIGINT');
    forget();
    process.off('exit', removeOnExit);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      execFileSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'pipe' });
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`PostgreSQL did not start: ${log.join('').slice(-600)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  execFileSync(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'buildup', database], { stdio: 'pipe' });
  return { url: `postgres://buildup@127.0.0.1:${port}/${database}`, pid: child.pid!, stop };
}

/** Another empty database on the same server (one per test file). */
export function createDatabase(url: string, name: string): string {
  const { hostname, port } = new URL(url);
  const bin = postgresBin()!;
  execFileSync(path.join(bin, 'createdb'), ['-h', hostname, '-p', port, '-U', 'buildup', name], { stdio: 'pipe' });
  return url.replace(/\/[^/]*$/, `/${name}`);
}
