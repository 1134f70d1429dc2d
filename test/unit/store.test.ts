/**
 * The store, the same tests on SQLite and on PostgreSQL: imports, drafts, publishes, corrections, stale saves (also
 * two at once), refused writes, retractions, drafts discarded and restored, the change log, and transactions that fail
 * leaving nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { claimsFileOf, deriveBuildup } from '@/geo/buildup';
import { changeHeadline, claimChangeText } from '@/geo/change-words';
import { correctionMark } from '@/geo/correction-mark';
import { loadBuildup } from '@/geo/load-buildup';
import { loadScenes } from '@/geo/load-scenes';
import { type Claim, DataFileError } from '@/geo/schema';
import { atomic, type Db, openDatabase } from '@/store/db';
import { ensureStoreTables } from '@/store/migrate';
import { changeLog, deskClaims } from '@/store/read';
import { latestVersion, readSnapshot } from '@/store/snapshot';
import { answerProblem } from '@/store/api';
import { ClaimDiscarded, discardClaim, importData, NoSuchClaim, NotDiscardable, NotDiscarded, NotRetractable, NoWaitingDraft, retractClaim, saveClaim, setDraftAside, StaleWrite, undiscardClaim, UNDISCARD_NOTE, WriteRefused } from '@/store/write';
import { createDatabase } from '../support/postgres';

const FILES = { file: claimsFileOf(loadBuildup()), scenes: loadScenes() };
const EDITOR = { id: 'u1', email: 'editor@example.org' };
const OTHER = { id: 'u2', email: 'other@example.org' };
const claimOf = (id: string) => structuredClone(FILES.file.claims.find((c) => c.id === id)!) as Claim;

/**
 * A claim the files do not have (test data): a U.S. figure of 17 February. (On a later day it would replace the U.S.
 * figure the "sources" scene shows, and the store would refuse to publish it: see the retraction test.)
 */
const NEW_CLAIM: Claim = {
  ...claimOf('carpenter-169-190k'), id: 'test-190k', value: 190000, valueHigh: undefined, qualifier: 'up to', saidOn: '2022-02-17',
  quote: 'Russia has massed up to 190,000 personnel in and near Ukraine.', readings: undefined,
} as Claim;
delete (NEW_CLAIM as Partial<Claim>).valueHigh;
delete (NEW_CLAIM as Partial<Claim>).readings;

const dialects: [string, () => Promise<{ handle: Db; cleanup: () => Promise<void> }>][] = [
  ['SQLite', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'buildup-store-'));
    const handle = await openDatabase('', path.join(dir, 'store.sqlite'));
    return { handle, cleanup: async () => { await handle.db.destroy(); rmSync(dir, { recursive: true, force: true }); } };
  }],
  ['PostgreSQL', async () => {
    const server = inject('postgresUrl');
    if (server.startsWith('error:')) throw new Error(`the PostgreSQL tests need PostgreSQL: ${server.slice(7)}`);
    const handle = await openDatabase(createDatabase(server, `store_${process.pid}_${Date.now()}`));
    return { handle, cleanup: () => handle.db.destroy() };
  }],
];

describe.each(dialects)('the store on %s', (_name, open) => {
  let handle: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, cleanup } = await open());
    await ensureStoreTables(handle);
    await ensureStoreTables(handle);
  });
  afterAll(() => cleanup());
  const db = () => handle.db;

  it('imports the data files as data version 1, and the same files again as nothing', async () => {
    expect((await importData(db(), { id: null, email: 'import' }, FILES, 'the shipped files')).version).toBe(1);
    const snapshot = await readSnapshot(db());
    expect(snapshot.dataVersion).toBe(1);
    expect(snapshot.file).toEqual(FILES.file);
    expect(snapshot.scenes).toEqual(FILES.scenes);
    expect(await importData(db(), { id: null, email: 'import' }, FILES, 'the shipped files')).toEqual({ version: null, left: [] });
    expect(await latestVersion(db())).toBe(1);
  });

  it('keeps a draft out of the published data, and publishes it as a new data version', async () => {
    const draft = await saveClaim(db(), EDITOR, { claim: NEW_CLAIM, note: 'Draft of the 23 February figure', publish: false });
    expect(draft).toMatchObject({ dataVersion: null, revision: { revision: 1, state: 'draft', change: 'draft' } });
    expect((await readSnapshot(db())).file.claims.map((c) => c.id)).not.toContain('test-190k');
    const published = await saveClaim(db(), EDITOR, { id: 'test-190k', base: 1, claim: NEW_CLAIM, note: 'Published', publish: true });
    expect(published).toMatchObject({ dataVersion: 2, revision: { revision: 2, state: 'published', change: 'new' } });
    const snapshot = await readSnapshot(db());
    expect(snapshot.file.claims.find((c) => c.id === 'test-190k')).toEqual(NEW_CLAIM);
    // Readers' order: by the day said, so the 17th comes between the 16th and the 18th.
    const ids = snapshot.file.claims.map((c) => c.id);
    expect(ids.slice(ids.indexOf('test-190k') - 1, ids.indexOf('test-190k') + 2)).toEqual(['ukraine-intel-126k-ground', 'test-190k', 'carpenter-169-190k']);
  });

  it('asks whether a change to a published claim is a correction or an update, and records a correction with what it replaced', async () => {
    const corrected = { ...NEW_CLAIM, value: 185000, quote: 'Russia has massed up to 185,000 personnel in and near Ukraine.' };
    await expect(saveClaim(db(), EDITOR, { id: 'test-190k', base: 2, claim: corrected, note: 'Wrong figure', publish: true })).rejects.toMatchObject({
      errors: [{ field: 'change', message: 'is required for a published claim: correction (something readers see was wrong: a figure, date, place, source, who said it, or the words quoted), update (new information) or fix (the wording around it)' }],
    });
    // Nothing changed: readers would see "Corrected" on what the claim said before. Refused, and nothing written.
    const unchanged = await saveClaim(db(), EDITOR, { id: 'test-190k', base: 2, claim: { ...NEW_CLAIM }, note: 'No change', publish: true, change: 'correction' }).catch((e) => e);
    expect((unchanged as WriteRefused).errors).toEqual([{ field: 'claim', message: 'is the same as the published revision 2: change a field before publishing a correction' }]);
    expect(await latestVersion(db())).toBe(2);
    // The same claim as the form sends it (empty fields as null) is no change either.
    const asSent = await saveClaim(db(), EDITOR, { id: 'test-190k', base: 2, claim: { ...NEW_CLAIM, series: NEW_CLAIM.series ?? null, valueHigh: null }, note: 'No change', publish: true, change: 'update' }).catch((e) => e);
    expect((asSent as WriteRefused).errors?.[0]?.message).toBe('is the same as the published revision 2: change a field before publishing an update');
    const saved = await saveClaim(db(), EDITOR, { id: 'test-190k', base: 2, claim: corrected, note: 'The figure was 185,000', publish: true, change: 'correction' });
    expect(saved.revision).toMatchObject({ revision: 3, change: 'correction', dataVersion: 3 });
    const snapshot = await readSnapshot(db());
    expect(snapshot.changes['test-190k']).toEqual([{ change: 'correction', date: saved.revision.createdAt.slice(0, 10), note: 'The figure was 185,000', previous: 'up to 190,000 troops' }]);
  });

  it('refuses a save based on an old revision with the current one, and lets exactly one of two saves at once through', async () => {
    const stale = saveClaim(db(), OTHER, { id: 'test-190k', base: 2, claim: NEW_CLAIM, note: 'Late', publish: false });
    await expect(stale).rejects.toBeInstanceOf(StaleWrite);
    await expect(stale).rejects.toMatchObject({ current: { revision: 3, author: EDITOR.email } });
    await expect(stale).rejects.toThrow('The claim "test-190k" is at revision 3 now; the save was based on an older one.');
    // A revision the claim never had is not "an older one".
    await expect(saveClaim(db(), OTHER, { id: 'test-190k', base: 99, claim: NEW_CLAIM, note: 'Ahead', publish: false }))
      .rejects.toThrow('The claim "test-190k" is at revision 3; it has no revision 99: start from revision 3.');
    const both = await Promise.allSettled([EDITOR, OTHER].map((who) => saveClaim(db(), who, { id: 'test-190k', base: 3, claim: NEW_CLAIM, note: `By ${who.email}`, publish: false })));
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StaleWrite);
    expect((refused.reason as StaleWrite).current.revision).toBe(4);
  });

  it('holds a claim published now to the rules for new claims (its unit), naming the field', async () => {
    const refusal = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-unit', unit: 'troosp' }, note: 'Typo', publish: true }).catch((e) => e);
    expect((refusal as WriteRefused).errors).toEqual([{ field: 'unit', message: 'must be one of troops, battalion tactical groups' }]);
  });

  it('refuses a new claim with an id another claim has on the id, not as a stale save of that claim, with every other problem at once', async () => {
    const idProblem = { field: 'id', message: 'is taken: claim "test-190k" exists (revision 4, draft); choose another id, or open that claim from the list to change it' };
    const taken = await saveClaim(db(), OTHER, { claim: { ...NEW_CLAIM, quote: 'Another statement: 190,000.' }, note: 'New', publish: false }).catch((e) => e);
    expect(taken).toBeInstanceOf(WriteRefused);
    // A draft's too: the answer named the id alone, and the editor learnt of the rest after choosing another.
    expect((taken as WriteRefused).errors).toEqual([idProblem, { field: 'qualifier', message: 'is "up to", which the quote does not say of 190,000: use the quote\'s own word, or none' }]);
    const everything = await saveClaim(db(), OTHER, { claim: { ...NEW_CLAIM, quote: 'Another statement: 190,000.', qualifier: 'about', claimant: '' }, note: ' ', publish: true }).catch((e) => e);
    expect((everything as WriteRefused).errors).toEqual([idProblem, { field: 'note', message: 'is required: say what changed and why', part: 'revision' }, { field: 'claimant', message: 'must not be empty' }]);
    expect(answerProblem(everything).status).toBe(400);
    expect(await answerProblem(everything).json()).toMatchObject({ error: expect.stringMatching(/^The claim is not valid: id: is taken: .*; note: is required: say what changed and why; /), errors: (everything as WriteRefused).errors });
    // Only the id, when the rest is right.
    const onlyId = await saveClaim(db(), OTHER, { claim: { ...NEW_CLAIM, quote: 'Russia has massed up to 190,000 personnel in and near Ukraine.' }, note: 'New', publish: false }).catch((e) => e);
    expect((onlyId as WriteRefused).errors).toEqual([idProblem]);
    expect((await deskClaims(db())).find((c) => c.id === 'test-190k')!.latest.revision).toBe(4);
  });

  // A copy of a published claim under a new id was published as [8] and [9]: one statement, two figures on the map.
  it('refuses a new claim that gives a published figure in the same words, naming the claim of that figure (one statement may give two)', async () => {
    const copy = { ...claimOf('reznikov-94300'), id: 'reznikov-94300-copy', quote: `  ${claimOf('reznikov-94300').quote.replace(/ /g, '  ')}` };
    const refused = await saveClaim(db(), EDITOR, { claim: copy, note: 'New', publish: true }).catch((e) => e);
    expect((refused as WriteRefused).errors).toEqual([
      // The very page that claim cites: not told to add it as a further reading.
      { field: 'quote', message: 'gives the figure claim "reznikov-94300" gives, from this very page (Associated Press), which that claim cites already: correct that claim rather than add another' },
    ]);
    const other = { ...claimOf('reznikov-175k-trend'), id: 'reznikov-94k-again', value: 94000, qualifier: null, kind: 'estimate' } as Claim;
    const refusedToo = await saveClaim(db(), EDITOR, { claim: other, note: 'New', publish: true }).catch((e) => e);
    expect((refusedToo as WriteRefused).errors.map((e) => e.message)).toEqual([expect.stringMatching(/^gives the figure claim "reznikov-94k" gives, (in the same words|from this very page) \(Interfax-Ukraine\)/)]);
    // Its words cut (one statement became two figures): the same.
    const danilov = claimOf('danilov-122k');
    const cut = { ...danilov, id: 'danilov-122k-cut', quote: danilov.quote.split(' ').slice(0, 12).join(' ') } as Claim;
    expect(danilov.quote.startsWith(cut.quote)).toBe(true);
    const refusedCut = await saveClaim(db(), EDITOR, { claim: cut, note: 'New', publish: true }).catch((e) => e);
    expect((refusedCut as WriteRefused).errors.map((e) => e.message)).toEqual([expect.stringMatching(/^gives the figure claim "danilov-122k" gives, (in the same words|from this very page)/)]);
  });

  // A review published Al Arabiya's "up to 190,000", a further reading of carpenter-169-190k, as a claim of its own.
  it('refuses one end of a range from words that range\'s claim cites, and names the page the words were read on', async () => {
    const carpenter = claimOf('carpenter-169-190k');
    const [alArabiya, insider] = [carpenter.readings!.find((r) => r.source.outlet === 'Al Arabiya English')!, carpenter.readings!.find((r) => r.source.outlet === 'Business Insider India')!];
    const { readings: _readings, valueHigh: _high, ...single } = carpenter;
    const end = { ...single, id: 'alarabiya-190k', value: 190000, qualifier: 'up to', quote: alArabiya.quote, source: alArabiya.source } as Claim;
    const refused = await saveClaim(db(), EDITOR, { claim: end, note: 'New', publish: true }).catch((e) => e);
    expect((refused as WriteRefused).errors.map((e) => e.message)).toContain('gives an end of the range claim "carpenter-169-190k" gives, from this very page (Al Arabiya English), which that claim cites already: correct that claim rather than add another');
    // The words of a reading on another page: named by that reading's outlet, not the claim's own (sas24news).
    const copy = { ...carpenter, id: 'insider-copy', readings: undefined, quote: insider.quote, source: { ...insider.source, url: 'https://example.org/a-copy' } } as Claim;
    const refusedCopy = await saveClaim(db(), EDITOR, { claim: copy, note: 'New', publish: true }).catch((e) => e);
    expect((refusedCopy as WriteRefused).errors.map((e) => e.message)).toContain('gives the figure claim "carpenter-169-190k" gives, in the same words (Business Insider India): correct that claim, or add this page to it as a further reading');
  });

  it('answers an edit addressed to no claim as no such claim, not as a rename; an id over 80 characters is refused by its rule', async () => {
    const missing = await saveClaim(db(), EDITOR, { id: 'nope', base: 1, claim: { ...NEW_CLAIM }, note: 'Edit', publish: false }).catch((e) => e);
    expect(missing).toBeInstanceOf(NoSuchClaim);
    expect((missing as NoSuchClaim).message).toBe('There is no claim "nope".');
    const renamed = await saveClaim(db(), EDITOR, { id: 'test-190k', base: 4, claim: { ...NEW_CLAIM, id: 'test-191k' }, note: 'Edit', publish: false }).catch((e) => e);
    expect((renamed as WriteRefused).errors).toEqual([{ field: 'id', message: 'cannot change from "test-190k": retract the claim and add a new one' }]);
    const long = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'a'.repeat(81) }, note: 'New', publish: false }).catch((e) => e);
    const idRule = { field: 'id', message: 'must be lowercase letters, digits and dashes, at most 80 of them, and not "check" or "preview" (the desk\'s own addresses)' };
    expect((long as WriteRefused).errors).toEqual([idRule]);
    // The desk's own addresses: a claim "preview", published, answered 405 to every reading, correction and retraction.
    for (const id of ['check', 'preview']) {
      const reserved = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id }, note: 'New', publish: true }).catch((e) => e);
      expect((reserved as WriteRefused).errors, id).toEqual([idRule]);
    }
    // A badly formed id is said with everything else wrong: the note, and for a publish the claim's fields.
    const badDraft = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'Test 190k' }, note: ' ', publish: false }).catch((e) => e);
    expect((badDraft as WriteRefused).errors).toEqual([idRule, { field: 'note', message: 'is required: say what changed and why', part: 'revision' }]);
    // Fields no claim has are refused, a draft's too (a client's whole desk reply was kept as a draft of junk).
    const junk = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-junk', state: 'published', pendingDraft: null }, note: 'n', publish: false }).catch((e) => e);
    expect((junk as WriteRefused).errors).toEqual([{ field: 'claim', message: expect.stringMatching(/^has fields no claim has: state, pendingDraft \(a claim's fields are id, value, valueHigh, /) }]);
    const numberNote = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-number-note' }, note: 123 as unknown as string, publish: false }).catch((e) => e);
    expect((numberNote as WriteRefused).errors).toEqual([{ field: 'note', message: 'must be text, not number', part: 'revision' }]);
    // Names every object has were taken for fields (a 500 with an empty body: "safeParse is not a function").
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      const inherited = await saveClaim(db(), EDITOR, { claim: { id: 'test-inherited', [name]: 1 }, note: 'n', publish: false }).catch((e) => e);
      expect((inherited as WriteRefused).errors, name).toEqual([{ field: 'claim', message: expect.stringMatching(new RegExp(`^has fields no claim has: ${name} `)) }]);
    }
    const badPublish = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'Test 190k', value: 200000 }, note: '', publish: true }).catch((e) => e);
    expect((badPublish as WriteRefused).errors).toEqual([
      idRule,
      { field: 'note', message: 'is required: say what changed and why', part: 'revision' },
      { field: 'quote', message: "does not contain the claim's own number (200,000)" },
    ]);
  });

  it('refuses to publish an invalid claim, naming the field, and writes nothing', async () => {
    const before = await latestVersion(db());
    const broken = { ...NEW_CLAIM, id: 'test-broken', value: 200000 };
    const refusal = await saveClaim(db(), EDITOR, { claim: broken, note: 'Broken', publish: true }).catch((e) => e);
    expect(refusal).toBeInstanceOf(WriteRefused);
    expect((refusal as WriteRefused).errors).toEqual([{ field: 'quote', message: "does not contain the claim's own number (200,000)" }]);
    await expect(saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-no-note' }, note: '   ', publish: true })).rejects.toMatchObject({ errors: [{ field: 'note', message: 'is required: say what changed and why', part: 'revision' }] });
    // The editor's note and a retraction's reason are public: held to the claims' rule on control characters (a review
    // published a note with a bell, an escape and a right-to-left override).
    await expect(saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-control-note' }, note: 'Put the link back \u202e (reversed).', publish: true })).rejects.toMatchObject({
      errors: [{ field: 'note', message: 'contains a control character (U+202E), which no published text may hold' }],
    });
    await expect(retractClaim(db(), EDITOR, { id: 'deployed-90k', reason: 'Wrong\u0007' })).rejects.toMatchObject({
      errors: [{ field: 'reason', message: 'contains a control character (U+0007), which no published text may hold' }],
    });
    // Our own words are plain text: a tag would reach readers as typed.
    await expect(saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-markup', note: 'Checked <b>twice</b>' }, note: 'Markup', publish: true })).rejects.toMatchObject({
      errors: [{ field: 'note', message: 'is plain text: readers would see "<b>" as typed, not as formatting' }],
    });
    // Both notes refused at once: the editor's is marked as the revision's own, the claim's note for readers is not.
    const bothNotes = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-two-notes', note: 'Checked <b>twice</b>' }, note: ' ', publish: true }).catch((error) => error);
    expect((bothNotes as WriteRefused).errors).toEqual([
      { field: 'note', message: 'is required: say what changed and why', part: 'revision' },
      { field: 'note', message: 'is plain text: readers would see "<b>" as typed, not as formatting' },
    ]);
    // Every problem of a publish at once: the note and the claim's fields, not the note alone first.
    await expect(saveClaim(db(), EDITOR, { claim: broken, note: '', publish: true })).rejects.toMatchObject({
      errors: [{ field: 'note', message: 'is required: say what changed and why', part: 'revision' }, { field: 'quote', message: "does not contain the claim's own number (200,000)" }],
    });
    expect(await latestVersion(db())).toBe(before);
    expect((await deskClaims(db())).map((c) => c.id)).not.toContain('test-broken');
  });

  it('holds a draft\'s fields to their shape (a type, a choice, a calendar date), while it may leave fields out', async () => {
    const junk = { id: 'test-junk', value: { a: 1 }, unit: 7, saidOn: '2021-13-45', where: { description: 'x', geometry: 'mars' }, source: { outlet: 5 } };
    const refusal = await saveClaim(db(), EDITOR, { claim: junk, note: 'x', publish: false }).catch((e) => e);
    expect((refusal as WriteRefused).errors).toEqual([
      { field: 'value', message: 'must be a number, not an object' },
      { field: 'unit', message: 'must be text, not the number 7' },
      { field: 'saidOn', message: 'must be a real calendar date' },
      { field: 'where.geometry', message: 'must be one of border-zone, crimea, belarus, russia, eastern-flank, ukraine, region' },
      { field: 'source.outlet', message: 'must be text, not the number 5' },
    ]);
    expect((await deskClaims(db())).map((c) => c.id)).not.toContain('test-junk');
    // Fields left out, and what its fields say wrongly, a draft may still hold: the desk lists those problems.
    const draft = await saveClaim(db(), EDITOR, { claim: { id: 'test-partial', value: 120000, saidOn: '2022-01-05', note: 'x'.repeat(4500) }, note: 'Started', publish: false });
    expect(draft.revision).toMatchObject({ state: 'draft', revision: 1 });
  });

  it('retracts a claim as a revision with its reason, and refuses to retract one a scene shows', async () => {
    const scenes = await retractClaim(db(), EDITOR, { id: 'deployed-90k', reason: 'A test' }).catch((e) => e);
    expect(scenes).toBeInstanceOf(WriteRefused);
    expect((scenes as WriteRefused).errors).toEqual([{ field: 'scenes', message: expect.stringMatching(/^the presenter's scenes show or name this claim \(scene "border-december" \(claims, caption\); scene "projection-175k" \(claims\)\): change them in geo\/data\/scenes\.json first$/) }]);
    expect((scenes as WriteRefused).lead).toBe('The claim cannot be retracted');
    // A comparison's claim too, said as the comparison (it read "file: comparisons.0.to: names …, which is not a claim
    // with a number", under "The claim is not valid").
    const compared = await retractClaim(db(), EDITOR, { id: 'us-estimate-70k', reason: 'A test' }).catch((e) => e);
    expect((compared as WriteRefused).lead).toBe('The claim cannot be retracted');
    expect((compared as WriteRefused).errors).toEqual([
      { field: 'comparisons', message: 'the story\'s comparisons use this claim\'s figure ("projected-175k" with "us-estimate-70k"): change or remove them in geo/data/claims.json ("comparisons") first' },
    ]);
    const retracted = await retractClaim(db(), EDITOR, { id: 'test-190k', reason: 'Not a separate statement' });
    expect(retracted.revision).toMatchObject({ state: 'retracted', change: 'retraction', body: null, note: 'Not a separate statement' });
    expect((await readSnapshot(db())).file.claims.map((c) => c.id)).not.toContain('test-190k');
    // What cannot be retracted says why, not "There is no claim" (a draft the desk lists, a claim retracted already).
    await expect(retractClaim(db(), EDITOR, { id: 'test-190k', reason: 'Again' })).rejects.toThrow(new NotRetractable('test-190k', `it is retracted already (revision ${retracted.revision.revision})`));
    await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-draft-only' }, note: 'A draft', publish: false });
    const draftOnly = await retractClaim(db(), EDITOR, { id: 'test-draft-only', reason: 'A typo in its id' }).catch((e) => e);
    expect(draftOnly).toBeInstanceOf(NotRetractable);
    expect((draftOnly as Error).message).toBe("Claim \"test-draft-only\" cannot be retracted: it was never published, so readers have never seen it (its drafts stay in the desk's history).");
    // Nothing is ever deleted: every revision is still there.
    const history = (await deskClaims(db())).find((c) => c.id === 'test-190k')!;
    expect(history.state).toBe('retracted');
    expect(history.history.map((r) => r.change)).toEqual(['draft', 'new', 'correction', 'draft', 'retraction']);
  });

  it('lists every published change newest first, with the figure before a correction', async () => {
    const log = await changeLog(db());
    expect(log.slice(0, 3).map((c) => [c.change, c.key])).toEqual([['retraction', 'test-190k'], ['correction', 'test-190k'], ['new', 'test-190k']]);
    expect(log[1]).toMatchObject({ figure: 'up to 185,000 troops', previous: 'up to 190,000 troops', note: 'The figure was 185,000' });
    expect(log.at(-1)).toMatchObject({ dataVersion: 1, change: 'new' });
  });

  it('publishes a retracted claim again as a restoration: "Restored" in the change log, and readers see the retraction and its undoing', async () => {
    const claim = { ...NEW_CLAIM, value: 185000, quote: 'Russia has massed up to 185,000 personnel in and near Ukraine.' };
    const restored = await saveClaim(db(), EDITOR, { id: 'test-190k', base: 5, claim, note: 'Retracted in error', publish: true });
    expect(restored.revision).toMatchObject({ revision: 6, state: 'published', change: 'restoration' });
    const [latest] = await changeLog(db());
    expect(latest).toMatchObject({ change: 'restoration', key: 'test-190k', figure: 'up to 185,000 troops', previous: null });
    expect(changeHeadline(latest)).toBe('RESTORED · claim test-190k: up to 185,000 troops');
    const snapshot = await readSnapshot(db());
    expect(snapshot.file.claims.map((c) => c.id)).toContain('test-190k');
    expect(snapshot.changes['test-190k'].map((c) => [c.change, c.note, c.previous])).toEqual([
      ['correction', 'The figure was 185,000', 'up to 190,000 troops'],
      ['retraction', 'Not a separate statement', null],
      ['restoration', 'Retracted in error', null],
    ]);
  });

  it('sets aside a draft waiting on a published claim: the claim holds what readers see again, the draft stays in its history', async () => {
    const version = await latestVersion(db());
    const shown = (await deskClaims(db())).find((c) => c.id === 'test-190k')!.latest;
    const unready = { ...(shown.body as Claim), value: 180000, quote: 'Russia has massed up to 180,000 personnel in and near Ukraine.' };
    await saveClaim(db(), OTHER, { id: 'test-190k', base: 6, claim: unready, note: 'Not checked yet', publish: false });
    expect((await deskClaims(db())).find((c) => c.id === 'test-190k')!.pendingDraft).toBe(true);
    await expect(setDraftAside(db(), EDITOR, { id: 'test-190k', base: 7, note: ' ' })).rejects.toMatchObject({ errors: [{ field: 'note', message: 'is required: say what changed and why', part: 'revision' }] });
    await expect(setDraftAside(db(), EDITOR, { id: 'test-190k', base: 6, note: 'Late' })).rejects.toMatchObject({ current: { revision: 7 } });
    const set = await setDraftAside(db(), EDITOR, { id: 'test-190k', base: 7, note: 'The source did not say 180,000' });
    expect(set).toMatchObject({ dataVersion: null, revision: { revision: 8, state: 'draft', change: 'set-aside', author: EDITOR.email } });
    expect(set.revision.body).toEqual(shown.body);
    const claim = (await deskClaims(db())).find((c) => c.id === 'test-190k')!;
    expect(claim).toMatchObject({ state: 'published', pendingDraft: false });
    expect(claim.history.find((r) => r.revision === 7)!.body).toEqual(unready);
    // Readers' data did not change, and there is nothing left to set aside.
    expect(await latestVersion(db())).toBe(version);
    const again = await setDraftAside(db(), EDITOR, { id: 'test-190k', base: 8, note: 'Again' }).catch((e) => e);
    expect(again).toBeInstanceOf(NoWaitingDraft);
    expect((again as Error).message).toBe('Claim "test-190k" has no draft to set aside: its latest revision, 8, is a draft set aside already.');
    await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-never' }, note: 'Only a draft', publish: false });
    await expect(setDraftAside(db(), EDITOR, { id: 'test-never', base: 1, note: 'No' })).rejects.toThrow('Claim "test-never" has no draft to set aside: it was never published, so its drafts are all it has.');
  });

  it('publishes a fix of the wording around a claim without a notice for readers, and refuses one that changes what it says', async () => {
    // Its own words: the same as test-190k's would be a second claim of one statement, refused.
    const claim = { ...NEW_CLAIM, id: 'test-fix', quote: 'For the fix test, up to 190,000 personnel.', source: { ...NEW_CLAIM.source, title: 'Troops massed near the bordr' } };
    const first = await saveClaim(db(), EDITOR, { claim, note: 'For the fix test', publish: true });
    const moved = { ...claim, value: 185000, quote: 'For the fix test, up to 185,000 personnel.' };
    const refused = await saveClaim(db(), EDITOR, { id: 'test-fix', base: first.revision.revision, claim: moved, note: 'A typo', publish: true, change: 'fix' }).catch((e) => e);
    expect((refused as WriteRefused).errors).toEqual([{ field: 'change', message: expect.stringMatching(/^a fix may change only the wording around the claim, not .*: publish it as a correction or an update$/) }]);
    // Nor words rewritten under it: the note readers see was, with no notice.
    const rewritten = await saveClaim(db(), EDITOR, { id: 'test-fix', base: first.revision.revision, claim: { ...claim, note: 'Danilov later said the true figure was 200,000.' }, note: 'Punctuation', publish: true, change: 'fix' }).catch((e) => e);
    expect((rewritten as WriteRefused).errors).toEqual([{ field: 'change', message: 'a fix may change only the wording around the claim, not Note for readers (more than a typo or its punctuation): publish it as a correction or an update' }]);
    const fixed = await saveClaim(db(), EDITOR, { id: 'test-fix', base: first.revision.revision, claim: { ...claim, source: { ...claim.source, title: 'Troops massed near the border' } }, note: 'The title had a typo', publish: true, change: 'fix' });
    expect(fixed.revision).toMatchObject({ change: 'fix', state: 'published' });
    // No "Corrected" or "Fixed" on the claim; the change log lists it.
    expect((await readSnapshot(db())).changes['test-fix'] ?? []).toEqual([]);
    expect((await changeLog(db())).find((c) => c.key === 'test-fix' && c.change === 'fix')).toMatchObject({ note: 'The title had a typo' });
  });

  it('publishes a retracted claim again with another figure as a correction, which says the figure retracted', async () => {
    const claim = { ...NEW_CLAIM, id: 'test-restore', quote: 'For the restoration test, up to 190,000 personnel.' };
    const first = await saveClaim(db(), EDITOR, { claim, note: 'For the restoration test', publish: true });
    const retracted = await retractClaim(db(), EDITOR, { id: 'test-restore', reason: 'Checking the figure', base: first.revision.revision });
    const other = { ...claim, value: 112000, qualifier: 'about', quote: 'For the restoration test, about 112,000 personnel.' };
    const back = await saveClaim(db(), EDITOR, { id: 'test-restore', base: retracted.revision.revision, claim: other, note: 'The figure was 112,000.', publish: true });
    // A QA pass published 143,500 again as "about 112,000": /changes said "previous: null", the card only "Restored".
    expect(back.revision).toMatchObject({ change: 'correction', state: 'published' });
    const [latest] = await changeLog(db());
    expect(latest).toMatchObject({ change: 'correction', key: 'test-restore', figure: 'about 112,000 troops', previous: 'up to 190,000 troops' });
    const changes = (await readSnapshot(db())).changes['test-restore'];
    expect(changes.map((c) => [c.change, c.previous])).toEqual([['retraction', null], ['correction', 'up to 190,000 troops']]);
    expect(claimChangeText(changes[1])).toMatch(/^Corrected \d+ \w+ \d{4}: The figure was 112,000; previously up to 190,000 troops$/);
    // Beside the figure on the panel (and so on an exported image's list of sources), as every correction.
    expect(correctionMark(changes)).toMatch(/^corrected \d+ \w+ \d{4}, previously up to 190,000 troops$/);
  });

  it('discards a claim never published from the desk\'s list, keeping every revision, and restores it; readers\' data never moves', async () => {
    const version = await latestVersion(db());
    const log = await changeLog(db());
    const claim = { ...NEW_CLAIM, id: 'test-discard', quote: 'For the discard test, up to 190,000 personnel.' };
    await saveClaim(db(), EDITOR, { claim, note: 'Started by mistake', publish: false });
    const second = await saveClaim(db(), OTHER, { id: 'test-discard', base: 1, claim: { ...claim, claimant: 'Someone else' }, note: 'A second draft', publish: false });
    // The reason is required, as for every revision; a discard based on an older revision is refused with the current one.
    await expect(discardClaim(db(), EDITOR, { id: 'test-discard', base: 2, note: '  ' })).rejects.toMatchObject({ errors: [{ field: 'note', message: 'is required: say what changed and why', part: 'revision' }] });
    const stale = await discardClaim(db(), EDITOR, { id: 'test-discard', base: 1, note: 'A test' }).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleWrite);
    expect((stale as StaleWrite).current).toMatchObject({ revision: 2, author: OTHER.email });
    expect(answerProblem(stale).status).toBe(409);
    expect((await deskClaims(db())).find((c) => c.id === 'test-discard')).toMatchObject({ discarded: false, latest: { revision: 2 } });

    const discarded = await discardClaim(db(), EDITOR, { id: 'test-discard', base: second.revision.revision, note: 'A test, not a claim' });
    expect(discarded).toMatchObject({ dataVersion: null, revision: { revision: 3, state: 'draft', change: 'discard', note: 'A test, not a claim', author: EDITOR.email } });
    // The draft is kept in the discard itself and in the history: nothing is deleted.
    expect(discarded.revision.body).toEqual({ ...claim, claimant: 'Someone else' });
    const listed = (await deskClaims(db())).find((c) => c.id === 'test-discard')!;
    expect(listed).toMatchObject({ state: 'draft', discarded: true, pendingDraft: false });
    expect(listed.history.map((r) => r.change)).toEqual(['draft', 'draft', 'discard']);
    await expect(discardClaim(db(), EDITOR, { id: 'test-discard', base: 3, note: 'Again' })).rejects.toThrow(new NotDiscardable('test-discard', `it is discarded already (revision 3, ${EDITOR.email})`));

    // Nothing is saved on it, a draft or a publish, until it is restored: it is never published unseen.
    const publish = await saveClaim(db(), EDITOR, { id: 'test-discard', base: 3, claim, note: 'Published anyway', publish: true }).catch((e) => e);
    expect(publish).toBeInstanceOf(ClaimDiscarded);
    expect((publish as Error).message).toMatch(/^Claim "test-discard" was discarded \(revision 3, editor@example\.org, \d{4}-\d\d-\d\d \d\d:\d\d UTC\): restore it from the desk's discarded drafts before saving or publishing it\.$/);
    expect(answerProblem(publish).status).toBe(409);
    await expect(saveClaim(db(), OTHER, { id: 'test-discard', base: 2, claim, note: 'A stale draft', publish: false })).rejects.toBeInstanceOf(ClaimDiscarded);
    // Its id stays taken, and the refusal says where the claim is (it is not in the list).
    const taken = await saveClaim(db(), EDITOR, { claim, note: 'Again as new', publish: false }).catch((e) => e);
    expect((taken as WriteRefused).errors[0]).toEqual({ field: 'id', message: 'is taken: claim "test-discard" exists (revision 3, a discarded draft); choose another id, or restore it from the list\'s discarded drafts to change it' });
    expect(await latestVersion(db())).toBe(version);
    expect((await readSnapshot(db())).file.claims.map((c) => c.id)).not.toContain('test-discard');
    expect(await changeLog(db())).toEqual(log);

    // Restored as the draft it was, based on the discard; then it can be published like any draft.
    await expect(undiscardClaim(db(), EDITOR, { id: 'test-discard', base: 2 })).rejects.toMatchObject({ current: { revision: 3, change: 'discard' } });
    const restored = await undiscardClaim(db(), OTHER, { id: 'test-discard', base: 3 });
    expect(restored.revision).toMatchObject({ revision: 4, state: 'draft', change: 'undiscard', note: UNDISCARD_NOTE, body: discarded.revision.body });
    expect((await deskClaims(db())).find((c) => c.id === 'test-discard')).toMatchObject({ state: 'draft', discarded: false });
    const notDiscarded = await undiscardClaim(db(), OTHER, { id: 'test-discard', base: 4 }).catch((e) => e);
    expect(notDiscarded).toBeInstanceOf(NotDiscarded);
    expect((notDiscarded as Error).message).toBe('Claim "test-discard" is not discarded: its latest revision, 4, is its restoration already.');
    expect(answerProblem(notDiscarded).status).toBe(409);
    await expect(undiscardClaim(db(), EDITOR, { id: 'test-nothing', base: 1 })).rejects.toBeInstanceOf(NoSuchClaim);
    const published = await saveClaim(db(), EDITOR, { id: 'test-discard', base: 4, claim, note: 'Checked after all', publish: true });
    expect(published).toMatchObject({ dataVersion: version + 1, revision: { state: 'published', change: 'new' } });

    // A claim readers have seen is never discarded: retracted instead, which the change log says. A 409 saying so.
    const seen = await discardClaim(db(), EDITOR, { id: 'test-discard', base: 5, note: 'Too late' }).catch((e) => e);
    expect(seen).toBeInstanceOf(NotDiscardable);
    expect((seen as Error).message).toBe('Claim "test-discard" cannot be discarded: it was published (revision 5), so readers have seen it: retract it instead.');
    const answer = answerProblem(seen);
    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({ error: 'Claim "test-discard" cannot be discarded: it was published (revision 5), so readers have seen it: retract it instead.' });
    const retracted = await retractClaim(db(), EDITOR, { id: 'test-discard', reason: 'For the discard test', base: 5 });
    await expect(discardClaim(db(), EDITOR, { id: 'test-discard', base: retracted.revision.revision, note: 'Gone' })).rejects.toThrow(
      new NotDiscardable('test-discard', `it was published, so readers have seen it, and is retracted (revision ${retracted.revision.revision}): its drafts stay in the desk's history`),
    );
    await expect(discardClaim(db(), EDITOR, { id: 'test-nothing', base: 1, note: 'No' })).rejects.toBeInstanceOf(NoSuchClaim);
  });

  // An editor published a claim "constructor": every page answered 500 (the snapshot took Object's constructor for its
  // list of changes), its retraction was answered "nothing was saved" when it had been, and every later save was
  // refused as "nothing is published yet".
  it('publishes, corrects and retracts a claim whose id is a name every object has ("constructor")', async () => {
    const claim = { ...NEW_CLAIM, id: 'constructor', value: 180000, quote: 'Russia has massed up to 180,000 personnel in and near Ukraine.' };
    const published = await saveClaim(db(), EDITOR, { claim, note: 'New', publish: true });
    const corrected = await saveClaim(db(), EDITOR, {
      id: 'constructor', base: published.revision.revision, claim: { ...claim, value: 175000, quote: 'Russia has massed up to 175,000 personnel in and near Ukraine.' },
      note: 'The figure was 175,000', publish: true, change: 'correction',
    });
    const snapshot = await readSnapshot(db());
    expect(snapshot.file.claims.map((c) => c.id)).toContain('constructor');
    expect(new Map(Object.entries(snapshot.changes)).get('constructor')!.map((c) => [c.change, c.previous])).toEqual([['correction', 'up to 180,000 troops']]);
    const buildup = deriveBuildup(snapshot.file, snapshot);
    expect(buildup.claims.find((c) => c.id === 'constructor')!.changes!.map((c) => c.change)).toEqual(['correction']);
    // A claim without changes has none, whatever its id.
    expect(buildup.claims.find((c) => c.id === 'deployed-90k')!.changes).toBeUndefined();
    const retracted = await retractClaim(db(), EDITOR, { id: 'constructor', reason: 'A test', base: corrected.revision.revision });
    expect(retracted.revision.state).toBe('retracted');
    expect((await readSnapshot(db())).file.claims.map((c) => c.id)).not.toContain('constructor');
    await expect(saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-after-constructor' }, note: 'A draft', publish: false })).resolves.toBeTruthy();
  });

  it('leaves nothing behind when a transaction fails: no table, no publication, no revision', async () => {
    const before = await latestVersion(db());
    await expect(atomic(db(), async (trx) => {
      await trx.schema.createTable('half_made').addColumn('id', 'integer').execute();
      await trx.insertInto('publication').values({ created_at: new Date().toISOString(), author: 'x', summary: 'x' }).execute();
      throw new Error('power cut');
    })).rejects.toThrow('power cut');
    expect(await latestVersion(db())).toBe(before);
    const tables = await db().introspection.getTables();
    expect(tables.map((t) => t.name)).not.toContain('half_made');
  });

  // Last: it leaves the store unreadable. A write met with "nothing is published yet: import the data files first".
  it('refuses a write on published data it cannot read with what is wrong with that data', async () => {
    await db().updateTable('revision').set({ body: '{"id":"deployed-90k"}' }).where('kind', '=', 'claim').where('key', '=', 'deployed-90k').execute();
    const refused = await saveClaim(db(), EDITOR, { claim: { ...NEW_CLAIM, id: 'test-unreadable' }, note: 'New', publish: true }).catch((e) => e);
    expect(refused).toBeInstanceOf(DataFileError);
    expect(answerProblem(refused).status).toBe(503);
    expect((await answerProblem(refused).json()).error).toMatch(/^The data is unavailable: the database \(data version \d+\) is not valid: claim "deployed-90k": /);
  });
});

