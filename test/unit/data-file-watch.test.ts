/**
 * The server's watch of the data files (store/current.ts) over a store the desk has worked on: saving the files again,
 * or saving them for a change to the scenes, leaves the desk's corrections standing; a change the file makes to a claim
 * the desk has corrected since is refused by name; a change to another claim is imported.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/geo/schema';

const dir = mkdtempSync(path.join(os.tmpdir(), 'buildup-watch-'));
const claimsFile = path.join(dir, 'claims.json');
const scenesFile = path.join(dir, 'scenes.json');
copyFileSync('geo/data/claims.json', claimsFile);
copyFileSync('geo/data/scenes.json', scenesFile);
vi.stubEnv('BUILDUP_DATA_DIR', path.join(dir, 'store'));
vi.stubEnv('BUILDUP_CLAIMS_FILE', claimsFile);
vi.stubEnv('BUILDUP_SCENES_FILE', scenesFile);
const current = await import('@/store/current');
const { database, closeDatabase } = await import('@/store/db');
const { saveClaim } = await import('@/store/write');

let clock = Date.now() / 1000;
/** Writes a data file with a later modification time, as a save does (the watch compares time and size). */
const save = (file: string, text: string) => {
  writeFileSync(file, text);
  clock += 5;
  utimesSync(file, clock, clock);
};
const edit = (file: string, change: (data: { claims?: Claim[]; scenes?: { title: string }[] }) => void) => {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  change(data);
  save(file, `${JSON.stringify(data, null, 2)}\n`);
};
const claimIn = async (id: string) => (await current.refreshCurrent()).buildup.claims.find((c) => c.id === id)!;

describe('the server\'s watch of the data files', () => {
  const warnings: string[] = [];
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    expect((await current.currentData()).buildup.dataVersion).toBe(1);
    // The desk corrects where budanov-92k says the troops were.
    const claim = structuredClone(await claimIn('budanov-92k')) as Claim & { footnote?: number };
    delete claim.footnote;
    const corrected = { ...claim, where: { ...claim.where, description: 'At the border (Budanov to Military Times)' } } as Claim;
    const { db } = await database();
    await saveClaim(db, { id: 'u1', email: 'editor@example.org' }, { id: 'budanov-92k', base: 1, claim: corrected, note: 'Names the interview', publish: true, change: 'correction' });
    expect((await current.refreshCurrent()).buildup.dataVersion).toBe(2);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await closeDatabase();
    rmSync(dir, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it('leaves a correction standing when the file is saved again unchanged', async () => {
    save(claimsFile, readFileSync(claimsFile, 'utf8'));
    expect((await current.refreshCurrent()).buildup.dataVersion).toBe(2);
    expect((await claimIn('budanov-92k')).where.description).toBe('At the border (Budanov to Military Times)');
  });

  it('imports a change to the scenes alone, the correction standing', async () => {
    edit(scenesFile, (data) => (data.scenes![0].title = 'The region, edited'));
    const after = await current.refreshCurrent();
    expect(after.buildup.dataVersion).toBe(3);
    expect(after.scenes.scenes[0].title).toBe('The region, edited');
    expect((await claimIn('budanov-92k')).where.description).toBe('At the border (Budanov to Military Times)');
  });

  it('refuses by name a change to the claim the desk corrected, and imports one to another claim', async () => {
    edit(claimsFile, (data) => {
      data.claims!.find((c) => c.id === 'budanov-92k')!.note = 'A note the file adds to what the desk corrected.';
      data.claims!.find((c) => c.id === 'zelensky-100k')!.note = 'A note added in the file.';
    });
    expect((await current.refreshCurrent()).buildup.dataVersion).toBe(4);
    const budanov = await claimIn('budanov-92k');
    expect(budanov.note).toBeUndefined();
    expect(budanov.where.description).toBe('At the border (Budanov to Military Times)');
    expect((await claimIn('zelensky-100k')).note).toBe('A note added in the file.');
    expect(warnings).toEqual([
      '[buildup] the data files changed; imported as data version 4, and left: budanov-92k: the file changes revision 1, but revision 2 was published since; not imported (make the change on the desk, or run data:export and edit that)',
    ]);
  });
});
