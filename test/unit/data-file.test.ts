/**
 * A hand-kept data file is read when it changes and kept at its last good version: a broken edit or a file missing
 * mid-save never takes the figures away, and only a file that never validated makes the data unavailable (a 503).
 */
import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataFile, DataUnavailableError, unavailableMessage } from '@/geo/data-file';
import { DataFileError } from '@/geo/schema';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bm-data-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Numbers only: anything else is a DataFileError naming the file, as the real schemas do. */
const parse = (text: string, name: string) => {
  const value = Number(text);
  if (!Number.isFinite(value)) throw new DataFileError(name, [`is not a number: ${JSON.stringify(text)}`]);
  return value;
};

/** Writes the file and moves its mtime on, as a later save would. */
function save(file: string, text: string, second: number) {
  writeFileSync(file, text);
  utimesSync(file, second, second);
}

describe('a data file', () => {
  it('serves its content, and a changed content once it is saved again', () => {
    const file = path.join(dir, 'value.json');
    save(file, '1', 1000);
    const store = dataFile(file, parse, 'values');
    expect(store.read()).toBe(1);
    save(file, '2', 2000);
    expect(store.read()).toBe(2);
  });

  it('keeps the last good value through a broken edit, logging the problem once, naming file and problem', () => {
    const file = path.join(dir, 'value.json');
    save(file, '1', 1000);
    const store = dataFile(file, parse, 'values');
    store.read();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    save(file, 'broken', 2000);
    expect([store.read(), store.read()]).toEqual([1, 1]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/^\[buildup\] kept the last good values: .*value\.json is not valid:\n {2}- is not a number: "broken"$/);
    log.mockRestore();
  });

  it('keeps the last good value while the file is missing for a moment (a save by rename)', () => {
    const file = path.join(dir, 'value.json');
    save(file, '1', 1000);
    const store = dataFile(file, parse, 'values');
    store.read();
    renameSync(file, `${file}.tmp`);
    expect(store.read()).toBe(1);
    save(`${file}.tmp`, '3', 3000);
    renameSync(`${file}.tmp`, file);
    expect(store.read()).toBe(3);
  });

  it('with no good version ever loaded, names the file: invalid, or missing', () => {
    const file = path.join(dir, 'value.json');
    save(file, 'broken', 1000);
    const broken = dataFile(file, parse, 'values');
    expect(() => broken.read()).toThrow(DataFileError);
    expect(unavailableMessage(catchOf(() => broken.read()))).toMatch(/^The data is unavailable: .*value\.json is not valid: is not a number: "broken"$/);
    const missing = dataFile(path.join(dir, 'nowhere.json'), parse, 'values');
    const error = catchOf(() => missing.read());
    expect(error).toBeInstanceOf(DataUnavailableError);
    expect(unavailableMessage(error)).toMatch(/^The data is unavailable: .*nowhere\.json cannot be read \(ENOENT\)$/);
  });

  it('is parsed again when what it depends on changes (scenes depend on the claims)', () => {
    const file = path.join(dir, 'value.json');
    save(file, '5', 1000);
    let claimsVersion = 'a';
    const seen: string[] = [];
    const store = dataFile(file, (text, name) => {
      seen.push(claimsVersion);
      return parse(text, name);
    }, 'values', () => claimsVersion);
    store.read();
    store.read();
    claimsVersion = 'b';
    store.read();
    expect(seen).toEqual(['a', 'b']);
  });
});

function catchOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}
