import 'server-only';
/**
 * The one database handle of a process: an embedded SQLite file under the data folder by default, or PostgreSQL
 * when DATABASE_URL says postgres://… (for several app instances). Opened on first use, never at import: `next
 * build` evaluates modules, and a build must not create a database.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { StoreTables } from './tables';

export type DbKind = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<StoreTables>;
  kind: DbKind;
  /** Where the data lives, for logs and messages (no password). */
  where: string;
}

/**
 * The data folder: the SQLite file, its backups, and the stamp other processes watch (README: "Data folder").
 * Made at run time, never part of the build: turbopackIgnore keeps Turbopack from tracing the whole project into the
 * server's output because of this path.
 */
export const DATA_DIR = path.resolve(/* turbopackIgnore: true */ process.env.BUILDUP_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'data'));
export const SQLITE_FILE = path.join(DATA_DIR, 'buildup.sqlite');

export const isPostgresUrl = (url: string | undefined): url is string => /^postgres(ql)?:\/\//.test(url ?? '');

/** The address without its password, e.g. postgres://buildup@127.0.0.1:5432/buildup. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1@');

/** Opens a database: PostgreSQL for a postgres:// address, else the SQLite file (in `sqliteFile`). */
export async function openDatabase(url = process.env.DATABASE_URL, sqliteFile = SQLITE_FILE): Promise<Db> {
  if (isPostgresUrl(url)) {
    const { default: pg } = await import('pg');
    // Integers that fit are numbers (a COUNT or a bigint id would otherwise come back as a string).
    pg.types.setTypeParser(20, (value: string) => Number(value));
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BUILDUP_PG_POOL ?? 10) });
    return { db: new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres', where: redactUrl(url) };
  }
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(path.dirname(sqliteFile), { recursive: true });
  const sqlite = new Database(sqliteFile);
  // WAL: readers never wait for the writer, and a backup can run while the server writes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return { db: new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: sqlite }) }), kind: 'sqlite', where: sqliteFile };
}

const HANDLE = Symbol.for('buildup-map.db');
type Holder = { [HANDLE]?: Promise<Db> };

/** The process's database (one per process: Next bundles routes apart, and they must share it). */
export function database(): Promise<Db> {
  const holder = globalThis as Holder;
  holder[HANDLE] ??= openDatabase().catch((error) => {
    delete holder[HANDLE];
    throw error;
  });
  return holder[HANDLE];
}

/** Closes the process's database (scripts, tests). */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const handle = holder[HANDLE];
  delete holder[HANDLE];
  if (handle) await (await handle).db.destroy();
}

/** Runs `fn` in one transaction (rolled back on a throw), or inside the one already open. */
export function atomic<DB, T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
