import 'server-only';
/**
 * A hand-kept data file (claims, scenes) read when it changes, validated, and kept at its last good version: an edit
 * that does not validate is logged once (naming file, item and field) and the last good version keeps being served;
 * a file missing for a moment (an editor's save by rename) is not an error either. Only when no good version was
 * ever loaded does a reader get a DataUnavailableError, which every route answers with a 503 naming the file.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DataFileError } from './schema';

export class DataUnavailableError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file} ${reason}`);
    this.name = 'DataUnavailableError';
  }
}

/** The error a reader gets, as one sentence for a 503's body. */
export function unavailableMessage(error: unknown): string | null {
  if (error instanceof DataUnavailableError) return `The data is unavailable: ${error.message}`;
  if (error instanceof DataFileError) return `The data is unavailable: ${error.message.replace(/\n\s*-\s*/g, ' ').trim()}`;
  return null;
}

export interface DataFile<T> {
  /** The current value: the file's, or the last good one. */
  read(): T;
  readonly file: string;
}

/**
 * `parse` turns the file's text into a value or throws a DataFileError; `dependsOn` names what else decides the
 * value (the claims, for scenes), so it is parsed again when that changes.
 */
interface Kept { lastGood: { stamp: string; value: unknown } | null; lastLogged: string }

/**
 * What each file last gave, kept once per process: Next bundles pages, route handlers and proxy.ts apart, each with
 * its own copy of this module, and all of them must serve the same last good version (and log a problem once).
 */
function keptFor(file: string): Kept {
  const holder = globalThis as { [KEPT]?: Map<string, Kept> };
  holder[KEPT] ??= new Map();
  let kept = holder[KEPT].get(file);
  if (!kept) holder[KEPT].set(file, (kept = { lastGood: null, lastLogged: '' }));
  return kept;
}
const KEPT = Symbol.for('buildup-map.data-files');

export function dataFile<T>(file: string, parse: (text: string, name: string) => T, tag: string, dependsOn: () => string = () => ''): DataFile<T> {
  const name = path.relative(process.cwd(), file) || file;
  const kept = keptFor(path.resolve(file));

  const keepLastGood = (stamp: string, error: unknown): T => {
    if (!kept.lastGood) {
      if (error instanceof DataFileError) throw error;
      throw new DataUnavailableError(name, (error as Error).message);
    }
    if (kept.lastLogged !== stamp) console.error(`[buildup] kept the last good ${tag}: ${(error as Error).message}`);
    kept.lastLogged = stamp;
    return kept.lastGood.value as T;
  };

  return {
    file: name,
    read() {
      let stamp: string;
      try {
        const { mtimeMs, size } = statSync(/*turbopackIgnore: true*/ file);
        stamp = `${mtimeMs}:${size}:${dependsOn()}`;
      } catch (error) {
        // Missing (mid-save, or never there): the last good version, silently while it lasts.
        if (kept.lastGood) return kept.lastGood.value as T;
        throw new DataUnavailableError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      if (kept.lastGood?.stamp === stamp) return kept.lastGood.value as T;
      let text: string;
      try {
        text = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
      } catch (error) {
        if (kept.lastGood) return kept.lastGood.value as T;
        throw new DataUnavailableError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      try {
        const value = parse(text, name);
        kept.lastGood = { stamp, value };
        kept.lastLogged = '';
        return value;
      } catch (error) {
        return keepLastGood(stamp, error);
      }
    },
  };
}
