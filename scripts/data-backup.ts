/**
 * npm run data:backup [-- --out FILE]: a consistent copy of the store while the server runs. SQLite: its online
 * backup (the WAL included) to data/backups/buildup-<time>.sqlite; PostgreSQL: pg_dump's custom format to
 * data/backups/buildup-<time>.dump (restore with pg_restore).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { DATA_DIR, isPostgresUrl, redactUrl, SQLITE_FILE } from '../store/db';

async function main() {
  const url = process.env.DATABASE_URL;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = values.out ?? path.join(DATA_DIR, 'backups', `buildup-${stamp}.${isPostgresUrl(url) ? 'dump' : 'sqlite'}`);
  mkdirSync(path.dirname(out), { recursive: true });
  if (isPostgresUrl(url)) {
    const run = spawnSync(process.env.PG_DUMP ?? 'pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, url], { encoding: 'utf8' });
    if (run.error) throw new Error(`pg_dump could not run (${run.error.message}): install postgresql-client of the server's major version, or set PG_DUMP`);
    if (run.status !== 0) throw new Error(`pg_dump of ${redactUrl(url)} failed: ${run.stderr.trim()}`);
  } else {
    const source = new Database(SQLITE_FILE, { fileMustExist: true, readonly: true });
    // One step for the whole file: a write meanwhile would otherwise restart the copy again and again.
    await source.backup(out, { progress: () => 1_000_000 });
    source.close();
  }
  console.log(`Backed up ${isPostgresUrl(url) ? redactUrl(url) : SQLITE_FILE} to ${out}.`);
}

main().catch((error) => {
  console.error(`data:backup: ${(error as Error).message}`);
  process.exit(1);
});
