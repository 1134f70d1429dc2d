import 'server-only';
/**
 * What readers see now, kept in memory for each process: the latest published data version, read from the store
 * when this process publishes and checked four times a second (another instance may have published). The data files
 * are the import path: on first start they seed an empty store, and a file changed later (an edit on the server, a
 * `data:export` reviewed and edited) is imported as a publication when it validates, and otherwise logged and left.
 * A store that fails after the first read keeps its readers on the last data they got.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Buildup, claimsFileOf, deriveBuildup } from '@/geo/buildup';
import { DataUnavailableError } from '@/geo/data-file';
import { CLAIMS_FILE, parseClaimsText } from '@/geo/load-buildup';
import { parseScenesText, SCENES_FILE } from '@/geo/load-scenes';
import type { ScenesFile } from '@/geo/schema';
import { DATA_DIR, database, type Db } from './db';
import { ensureStoreTables } from './migrate';
import { latestVersion, readSnapshot } from './snapshot';
import { type DataFiles, importData, importLeftWords, importSource } from './write';

export interface Current {
  buildup: Buildup;
  scenes: ScenesFile;
  publishedAt: string;
}

/**
 * How often a process asks the store whether another one published, and looks at the data files: a query for one
 * number and two file stats. Every second put up to a second between a publish through one instance and the others'
 * readers, on top of the edge's two seconds and a dashboard's 3 s between polls.
 */
const REFRESH_MS = 250;
/** A file the server watches for readers of the store's version without a database (server.mjs's replay memo). */
export const VERSION_STAMP = path.join(DATA_DIR, 'data-version');

interface State {
  current: Current | null;
  ready: Promise<Current> | null;
  timer: ReturnType<typeof setInterval> | null;
  /** The data files as last looked at (mtime and size), so each change is imported once. */
  seen: { claims: string; scenes: string };
  /** Their content as last read whole: an import takes only what the files changed since (store/import-plan.ts). */
  files: DataFiles | null;
  lastProblem: string;
}

const STATE = Symbol.for('buildup-map.current');
const state = (): State => {
  const holder = globalThis as { [STATE]?: State };
  return (holder[STATE] ??= { current: null, ready: null, timer: null, seen: { claims: '', scenes: '' }, files: null, lastProblem: '' });
};

const stampOf = (file: string) => {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}:${size}`;
  } catch {
    return '';
  }
};

const fileName = (file: string) => path.relative(process.cwd(), file) || file;

/** Logs a problem once (until another one, or none, comes). */
function report(problem: string | null) {
  const s = state();
  if (problem && problem !== s.lastProblem) console.error(`[buildup] ${problem}`);
  s.lastProblem = problem ?? '';
}

/**
 * Imports the data files when they changed since this process last looked (or on first start). A file missing for a
 * moment (saved by rename) waits for the next look; a file that does not validate is logged, and the store keeps
 * what it has.
 */
async function importChangedFiles(handle: Db, first: boolean): Promise<void> {
  const s = state();
  const seen = { claims: stampOf(CLAIMS_FILE), scenes: stampOf(SCENES_FILE) };
  if (!seen.claims || !seen.scenes || (seen.claims === s.seen.claims && seen.scenes === s.seen.scenes)) return;
  const empty = (await latestVersion(handle.db)) === 0;
  // A process starting on a store that already has data leaves the files alone until they change, and notes what
  // they hold, so that a later save imports only what it changed.
  if (first && !empty && !process.env.BUILDUP_IMPORT_ON_START) {
    s.seen = seen;
    try {
      s.files = readDataFiles();
    } catch {
      s.files = null;
    }
    return;
  }
  try {
    const files = readDataFiles();
    const { version, left } = await importData(handle.db, { id: null, email: `import of ${fileName(CLAIMS_FILE)}` }, files, importSource(CLAIMS_FILE, SCENES_FILE), s.files);
    s.seen = seen;
    s.files = files;
    // Said once for each change of the files: what the desk published since stands over an older file.
    if (left.length) console.warn(`[buildup] the data files changed; ${version === null ? 'nothing imported' : `imported as data version ${version}`}, and left: ${left.map(importLeftWords).join('; ')}`);
  } catch (error) {
    // Nothing published yet: every attempt tries the files again, and says what is wrong with them.
    if (empty) throw error;
    s.seen = seen;
    report(`kept the published data; the data files were not imported: ${(error as Error).message.replace(/\n\s*-\s*/g, ' ')}`);
  }
}

/** The data files, validated (a DataFileError says what is wrong). */
function readDataFiles(): DataFiles {
  const buildup = parseClaimsText(readFileSync(CLAIMS_FILE, 'utf8'), fileName(CLAIMS_FILE));
  return { file: claimsFileOf(buildup), scenes: parseScenesText(readFileSync(SCENES_FILE, 'utf8'), buildup, fileName(SCENES_FILE)) };
}

async function read(handle: Db, version?: number): Promise<Current> {
  const snapshot = await readSnapshot(handle.db, version);
  const buildup = deriveBuildup(snapshot.file, { dataVersion: snapshot.dataVersion, changes: snapshot.changes });
  return { buildup, scenes: snapshot.scenes, publishedAt: snapshot.publishedAt };
}

/** Writes the stamp when it is not this process's version (changed here, or the file was removed or replaced). */
function publishStamp(current: Current) {
  try {
    if (readStamp() === current.buildup.version) return;
    writeFileSync(VERSION_STAMP, current.buildup.version);
  } catch {
    // Only the replay memo reads it; without it the memo asks Next every time.
  }
}

function readStamp(): string | null {
  try {
    return readFileSync(VERSION_STAMP, 'utf8');
  } catch {
    return null;
  }
}

/** Reads the store again if it has a newer data version than this process holds. */
export async function refreshCurrent(): Promise<Current> {
  const s = state();
  const handle = await database();
  await importChangedFiles(handle, false);
  const version = await latestVersion(handle.db);
  if (!s.current || version !== s.current.buildup.dataVersion) s.current = await read(handle);
  // Every second, so a stamp removed with the data folder's other files comes back.
  publishStamp(s.current);
  report(null);
  return s.current;
}

/**
 * After a write is committed: this process brought up to date, or, where the store cannot be read back, words for the
 * editor saying so. Never an error: the write is saved whatever happens here (a retraction was answered "nothing was
 * saved" when it had been, and asked again, "retracted already").
 */
export async function refreshAfterWrite(): Promise<{ notice?: string }> {
  try {
    await refreshCurrent();
    return {};
  } catch (error) {
    const kept = state().current?.buildup.dataVersion;
    const problem = `saved, but this server could not read the published data back (${(error as Error).message.replace(/\n\s*/g, ' ').slice(0, 400)})${kept ? `: readers keep data version ${kept} until it can` : ''}`;
    report(problem);
    return { notice: `${problem[0].toUpperCase()}${problem.slice(1)}.` };
  }
}

async function start(): Promise<Current> {
  const s = state();
  const handle = await database();
  await ensureStoreTables(handle);
  await importChangedFiles(handle, true);
  s.current = await read(handle);
  publishStamp(s.current);
  s.timer ??= setInterval(() => {
    refreshCurrent().catch((error) => report(`kept data version ${s.current?.buildup.dataVersion}: the store could not be read (${(error as Error).message})`));
  }, REFRESH_MS);
  s.timer.unref?.();
  return s.current;
}

/**
 * What readers see now. Before any data was ever read, a store or file that cannot give it is a DataUnavailableError
 * (every route answers it with a 503 naming the problem); after that, the last data read is kept.
 */
export async function currentData(): Promise<Current> {
  const s = state();
  if (s.current) return s.current;
  s.ready ??= start().catch((error) => {
    s.ready = null;
    const message = (error as Error).message;
    throw error instanceof DataUnavailableError || (error as Error).name === 'DataFileError'
      ? error
      : new DataUnavailableError('the database', `cannot be read: ${message}`);
  });
  return s.ready;
}

export const currentBuildup = async (): Promise<Buildup> => (await currentData()).buildup;
export const currentScenes = async (): Promise<ScenesFile> => (await currentData()).scenes;

/** Old data versions asked for lately (a pinned embed, a versioned export): they never change, so a few are kept. */
const PINNED_KEPT = 8;
/**
 * Kept for the process, not the module (like the state above): proxy.ts, which decides a pinned embed's caching,
 * and the page are bundled apart, and with one map the page reuses the read the proxy just made.
 */
const PINNED = Symbol.for('buildup-map.pinned');
const pinnedVersions = (): Map<number, Promise<Current | null>> => {
  const holder = globalThis as { [PINNED]?: Map<number, Promise<Current | null>> };
  return (holder[PINNED] ??= new Map());
};

/**
 * Readers' view of data version `version` exactly as it was published (from the revision history), or null when
 * there is no such version. The latest version is the one in memory.
 */
export async function dataAtVersion(version: number): Promise<Current | null> {
  const latest = await currentData();
  if (version === latest.buildup.dataVersion) return latest;
  if (!Number.isSafeInteger(version) || version < 1 || version > latest.buildup.dataVersion) return null;
  const pinned = pinnedVersions();
  const known = pinned.get(version);
  if (known) return known;
  const loading = database().then((handle) => read(handle, version));
  // A failed read (the store down for a moment) is not remembered.
  loading.catch(() => pinned.delete(version));
  if (pinned.size >= PINNED_KEPT) pinned.delete(pinned.keys().next().value!);
  pinned.set(version, loading);
  return loading;
}
