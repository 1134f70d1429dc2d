/**
 * Importing data files over a store the desk has worked on (store/import-plan.ts): an older file never puts back
 * what the desk corrected, a file saved for another change imports only that change, a file changed on top of an
 * older revision is refused by name, and a file that says what readers see already (in any key order) is no change.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFileOf } from '@/geo/buildup';
import { loadBuildup } from '@/geo/load-buildup';
import { loadScenes } from '@/geo/load-scenes';
import type { Claim } from '@/geo/schema';
import { type Db, openDatabase } from '@/store/db';
import { importStep } from '@/store/import-plan';
import { ensureStoreTables } from '@/store/migrate';
import { changeLog } from '@/store/read';
import { latestVersion, readSnapshot } from '@/store/snapshot';
import { type DataFiles, importData, importLeftWords, importSource, saveClaim } from '@/store/write';

const FILES: DataFiles = { file: claimsFileOf(loadBuildup()), scenes: loadScenes() };
const EDITOR = { id: 'u1', email: 'editor@example.org' };
const IMPORT = { id: null, email: 'import' };
const claimOf = (files: DataFiles, id: string) => structuredClone(files.file.claims.find((c) => c.id === id)!) as Claim;
/** The files with one claim changed. */
const withClaim = (files: DataFiles, claim: Claim): DataFiles => ({ ...files, file: { ...files.file, claims: files.file.claims.map((c) => (c.id === claim.id ? claim : c)) } });
const whereOf = async (db: Db['db'], id: string) => (await readSnapshot(db)).file.claims.find((c) => c.id === id)!.where.description;

describe('importing data files over the desk\'s work', () => {
  let handle: Db;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'buildup-import-'));
    handle = await openDatabase('', path.join(dir, 'store.sqlite'));
    await ensureStoreTables(handle);
    expect((await importData(handle.db, IMPORT, FILES, 'the shipped files')).version).toBe(1);
    // The desk corrects where budanov-92k says the troops were (revision 2, data version 2).
    const corrected = { ...claimOf(FILES, 'budanov-92k'), where: { description: 'At the border (Budanov to Military Times)', geometry: 'border-zone' } } as Claim;
    const saved = await saveClaim(handle.db, EDITOR, { id: 'budanov-92k', base: 1, claim: corrected, note: 'Names the interview', publish: true, change: 'correction' });
    expect(saved.dataVersion).toBe(2);
  });
  afterAll(async () => {
    await handle.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a correction standing over a file that still has the words it replaced, and says so', async () => {
    const result = await importData(handle.db, IMPORT, FILES, 'claims.json and scenes.json');
    expect(result.version).toBeNull();
    expect(result.left.map(importLeftWords)).toEqual(['budanov-92k: the file has revision 1\'s words; readers see revision 2, which stands']);
    expect(await whereOf(handle.db, 'budanov-92k')).toBe('At the border (Budanov to Military Times)');
    expect(await latestVersion(handle.db)).toBe(2);
  });

  it('imports from a file saved for another change only that change, when it knows what the file held before', async () => {
    const scenes = structuredClone(FILES.scenes);
    scenes.scenes[0].title = `${scenes.scenes[0].title} (edited)`;
    const result = await importData(handle.db, IMPORT, { ...FILES, scenes }, 'claims.json and scenes.json', FILES);
    expect(result).toEqual({ version: 3, left: [] });
    expect(await whereOf(handle.db, 'budanov-92k')).toBe('At the border (Budanov to Military Times)');
    expect((await readSnapshot(handle.db)).scenes.scenes[0].title).toMatch(/\(edited\)$/);
  });

  it('refuses, by name, a file that changes a claim on top of the revision the desk has corrected since', async () => {
    const stale = { ...claimOf(FILES, 'budanov-92k'), qualifier: 'about' } as Claim;
    // The repository's claims with the scenes as published (the test before changed them).
    const repository = { ...FILES, scenes: (await readSnapshot(handle.db)).scenes };
    for (const base of [repository, undefined]) {
      const result = await importData(handle.db, IMPORT, withClaim(repository, stale), 'claims.json and scenes.json', base);
      expect(result.version).toBeNull();
      expect(result.left.map(importLeftWords)).toEqual([
        'budanov-92k: the file changes revision 1, but revision 2 was published since; not imported (make the change on the desk, or run data:export and edit that)',
      ]);
    }
    expect((await readSnapshot(handle.db)).file.claims.find((c) => c.id === 'budanov-92k')!.qualifier).toBe('more than');
  });

  it('takes a change made on what readers see, and a file put back to what it held before that change', async () => {
    const published = (await readSnapshot(handle.db)).file;
    const current: DataFiles = { file: published, scenes: (await readSnapshot(handle.db)).scenes };
    const edited = withClaim(current, { ...claimOf(current, 'zelensky-100k'), note: 'A note added in the file.' } as Claim);
    expect((await importData(handle.db, IMPORT, edited, 'claims.json and scenes.json', current)).version).toBe(4);
    // Put back as it was (an editor undoing a save): its base says the file itself went back.
    expect(await importData(handle.db, IMPORT, current, 'claims.json and scenes.json', edited)).toEqual({ version: 5, left: [] });
    expect((await readSnapshot(handle.db)).file.claims.find((c) => c.id === 'zelensky-100k')!.note).toBeUndefined();
  });

  it('finds nothing to import in the published data written back in another key order', async () => {
    const snapshot = await readSnapshot(handle.db);
    const reversed = (value: unknown): unknown => (value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value);
    const files = { file: { ...snapshot.file, claims: snapshot.file.claims.map((c) => reversed(c) as Claim) }, scenes: snapshot.scenes };
    expect(await importData(handle.db, IMPORT, files, 'claims.json and scenes.json')).toEqual({ version: null, left: [] });
  });

  it('names the files it imported in the change log by their names alone, not where they lie on the server', async () => {
    expect(importSource('/srv/../tmp/review/exp-claims.json', '../../tmp/exp-scenes.json')).toBe('exp-claims.json and exp-scenes.json');
    const log = await changeLog(handle.db);
    expect(JSON.stringify(log)).not.toContain('/');
  });

  it("tells readers of a published figure an import changed, as a correction with what it was; a title's typo mended, not", async () => {
    const current: DataFiles = { file: (await readSnapshot(handle.db)).file, scenes: (await readSnapshot(handle.db)).scenes };
    // A review's file changed Kyiv's 95,000 to 70,000: the card showed 70,000 with no word of it.
    const changed = withClaim(current, { ...claimOf(current, 'kyiv-estimate-95k'), value: 70000, qualifier: null } as unknown as Claim);
    const version = (await importData(handle.db, IMPORT, changed, 'claims.json and scenes.json', current)).version;
    expect(version).not.toBeNull();
    const snapshot = await readSnapshot(handle.db);
    expect(snapshot.changes['kyiv-estimate-95k']).toEqual([{ change: 'correction', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), note: 'Imported from claims.json and scenes.json', previous: 'around 95,000 troops' }]);
    // A typo in a page's title put right by a file is a fix: no notice, as on the desk.
    const title = claimOf(changed, 'danilov-122k').source.title;
    expect(title).toBeTruthy();
    const typo = withClaim(changed, { ...claimOf(changed, 'danilov-122k'), source: { ...claimOf(changed, 'danilov-122k').source, title: `${title}.` } } as Claim);
    expect((await importData(handle.db, IMPORT, typo, 'claims.json and scenes.json', changed)).version).toBe(version! + 1);
    expect((await readSnapshot(handle.db)).changes['danilov-122k']).toBeUndefined();
  });

  it('keeps a retraction over a file that still has the retracted words, and refuses new words for it', async () => {
    const rows = [{ revision: 1, dataVersion: 1, body: JSON.stringify({ id: 'x', value: 1 }) }, { revision: 2, dataVersion: 6, body: null }];
    expect(importStep({ value: 1, id: 'x' }, rows)).toEqual({ do: 'keep', fileHas: 1, shown: 2 });
    expect(importStep({ id: 'x', value: 2 }, rows)).toEqual({ do: 'refuse', madeOn: 1, shown: 2 });
    expect(importStep({ id: 'y', value: 2 }, [])).toEqual({ do: 'import' });
    // The field the desk corrected, changed again by a file made before the correction: as near revision 1 as 2.
    const corrected = [{ revision: 1, dataVersion: 1, body: JSON.stringify({ id: 'x', note: 'a', value: 1 }) }, { revision: 2, dataVersion: 2, body: JSON.stringify({ id: 'x', note: 'b', value: 1 }) }];
    expect(importStep({ id: 'x', note: 'c', value: 1 }, corrected)).toEqual({ do: 'refuse', madeOn: 1, shown: 2 });
    // Another field, made on what readers see: nearer revision 2.
    expect(importStep({ id: 'x', note: 'b', value: 3 }, corrected)).toEqual({ do: 'import' });
  });
});
