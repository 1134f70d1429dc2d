import 'server-only';
/**
 * Every write to the store, each in one transaction: a new revision (never an update or a delete), and for a publish
 * a new data version with it. A publish is checked first by the same rules as the data files (store/validate.ts);
 * a save based on a revision that is no longer the latest is refused with the current one (the desk's 409).
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { CHANGE_LABELS, isDiscarded, isWaitingDraft } from '@/geo/change-words';
import { REVISION_NOTE_MAX } from '@/geo/claim-form';
import { CLAIM_ID, CLAIM_ID_RULE, ClaimSchema, type ClaimsFile, controlCharacterProblem, REAL_DATE_RULE, type ScenesFile } from '@/geo/schema';
import { atomic } from './db';
import { type ImportStep, importStep } from './import-plan';
import { latestVersion, readSnapshot } from './snapshot';
import type { RevisionChange, RevisionKind, RevisionTable, StoreTables } from './tables';
import type { StoredSources } from './stored-sources';
import { type FieldError, writeProblems } from './validate';
import { beyondFix } from '@/geo/changed-fields';
import { figureOfBody } from '@/geo/claim-previous';

export interface Author { id: string | null; email: string }

/** A revision as the API sends it: the row, with its body parsed and its dates named as in JSON. */
export type RevisionView = Pick<RevisionTable, 'kind' | 'key' | 'revision' | 'state' | 'change' | 'note' | 'author'> & {
  id: number;
  body: unknown;
  createdAt: string;
  dataVersion: number | null;
};

/** The write is not valid: each problem names its field. */
export class WriteRefused extends Error {
  /** `lead`: what the answer says before the problems. */
  constructor(readonly errors: FieldError[], readonly lead = 'The claim is not valid') {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'WriteRefused';
  }
}

/** The claim changed since the version the editor started from. */
export class StaleWrite extends Error {
  /** `base`: the revision the write named (If-Match), when known: one the claim never had is said as such. */
  constructor(readonly current: RevisionView, base?: number) {
    super(base !== undefined && base > current.revision
      ? `The claim "${current.key}" is at revision ${current.revision}; it has no revision ${base}: start from revision ${current.revision}.`
      : `The claim "${current.key}" is at revision ${current.revision} now; the save was based on an older one.`);
    this.name = 'StaleWrite';
  }
}

export class NoSuchClaim extends Error {
  constructor(readonly id: string) {
    super(`There is no claim "${id.length > 80 ? `${id.slice(0, 80)}…` : id}".`);
    this.name = 'NoSuchClaim';
  }
}

/** A claim readers do not see: never published (its drafts are all it has), or retracted already. */
export class NotRetractable extends Error {
  constructor(readonly id: string, why: string) {
    super(`Claim "${id}" cannot be retracted: ${why}.`);
    this.name = 'NotRetractable';
  }
}

/** A claim with no draft waiting on top of what readers see. */
export class NoWaitingDraft extends Error {
  constructor(readonly id: string, why: string) {
    super(`Claim "${id}" has no draft to set aside: ${why}.`);
    this.name = 'NoWaitingDraft';
  }
}

/** A claim that cannot be discarded: readers have seen it (it is retracted instead), or it is discarded already. */
export class NotDiscardable extends Error {
  constructor(readonly id: string, why: string) {
    super(`Claim "${id}" cannot be discarded: ${why}.`);
    this.name = 'NotDiscardable';
  }
}

/** A claim to restore from the discarded drafts that is not discarded. */
export class NotDiscarded extends Error {
  constructor(readonly id: string, latest: Pick<RevisionView, 'revision' | 'change'>) {
    super(`Claim "${id}" is not discarded: its latest revision, ${latest.revision}, is ${latest.change === 'undiscard' ? 'its restoration already' : `"${CHANGE_LABELS[latest.change] ?? latest.change}"`}.`);
    this.name = 'NotDiscarded';
  }
}

/** A save (a draft or a publish) on a discarded claim: it is restored first, so it is never published unseen. */
export class ClaimDiscarded extends Error {
  constructor(readonly discard: RevisionView) {
    super(`Claim "${discard.key}" was discarded (revision ${discard.revision}, ${discard.author}, ${discard.createdAt.slice(0, 16).replace('T', ' ')} UTC): restore it from the desk's discarded drafts before saving or publishing it.`);
    this.name = 'ClaimDiscarded';
  }
}

type Row = RevisionTable & { id: number };

export const viewOf = (row: Row): RevisionView => ({
  id: row.id, kind: row.kind, key: row.key, revision: row.revision, state: row.state, change: row.change, note: row.note,
  body: row.body === null ? null : JSON.parse(row.body), author: row.author, createdAt: row.created_at, dataVersion: row.data_version,
});

const now = () => new Date().toISOString();

async function latestRow(db: Kysely<StoreTables>, kind: RevisionKind, key: string): Promise<Row | undefined> {
  return (await db.selectFrom('revision').selectAll().where('kind', '=', kind).where('key', '=', key).orderBy('revision', 'desc').limit(1).executeTakeFirst()) as Row | undefined;
}

/** The latest revision that readers see (published or retracted), if any. */
async function latestPublicRow(db: Kysely<StoreTables>, kind: RevisionKind, key: string): Promise<Row | undefined> {
  return (await db.selectFrom('revision').selectAll().where('kind', '=', kind).where('key', '=', key).where('data_version', 'is not', null)
    .orderBy('revision', 'desc').limit(1).executeTakeFirst()) as Row | undefined;
}

async function newVersion(db: Kysely<StoreTables>, author: string, summary: string): Promise<number> {
  const row = await db.insertInto('publication').values({ created_at: now(), author, summary }).returning('version').executeTakeFirstOrThrow();
  return Number(row.version);
}

/** A unique-constraint failure (two saves of one revision number at once): the later one is stale. */
const isUniqueViolation = (error: unknown) => /UNIQUE constraint failed|duplicate key value|23505/.test(String((error as { code?: string; message?: string })?.code ?? '') + String((error as Error)?.message ?? ''));

async function insertRow(db: Kysely<StoreTables>, row: Omit<RevisionTable, 'id'>): Promise<Row> {
  return (await db.insertInto('revision').values(row).returningAll().executeTakeFirstOrThrow()) as Row;
}

/** What is wrong with a revision's note (or a retraction's reason), if anything: a problem of the revision's own. */
function noteProblem(note: unknown, field = 'note'): FieldError | null {
  const problem = (message: string): FieldError => ({ field, message, part: 'revision' });
  // A number or a list is not a missing note: said as what it is ("is required" for 123 sent the editor looking).
  if (note !== undefined && note !== null && typeof note !== 'string') return problem(`must be text, not ${Array.isArray(note) ? 'a list' : typeof note}`);
  const text = typeof note === 'string' ? note.trim() : '';
  if (!text) return problem(field === 'reason' ? 'is required: say why the claim is retracted' : 'is required: say what changed and why');
  if (text.length > REVISION_NOTE_MAX) return problem(`must be at most ${REVISION_NOTE_MAX} characters (got ${text.length})`);
  // Public once published (/changes, the feed, the claim's card): held to the claims' own rule.
  const control = controlCharacterProblem(text, true);
  return control ? problem(control) : null;
}

function checkNote(note: unknown, field = 'note'): string {
  const problem = noteProblem(note, field);
  if (problem) throw new WriteRefused([problem]);
  return (note as string).trim();
}

/** The claims and scenes readers see now, or empty ones before the first publish. */
async function current(db: Kysely<StoreTables>): Promise<{ file: ClaimsFile; scenes: ScenesFile } | null> {
  // Null only when nothing was ever published. Published data that cannot be read is said as it is (DataFileError):
  // read as "nothing is published yet: import the data files first", it sent editors to the wrong remedy.
  if ((await latestVersion(db)) === 0) return null;
  return readSnapshot(db);
}

/**
 * A claim without its empty fields (null, absent, ""): the desk's form sends `series: null` where an imported claim
 * has no `series` at all, and the two say the same.
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [k, withoutEmpty(v)]));
}

export interface SaveClaim {
  claim: unknown;
  note: unknown;
  publish: boolean;
  /** PUT: the claim's id in the address, and the revision the editor started from (If-Match). */
  id?: string;
  base?: number;
  /** A published claim changed: a correction (something readers see was wrong), an update (new information) or a fix (the wording around it). */
  change?: unknown;
  /** The stored source texts a published quote must stand in (store/stored-sources.ts); absent: not checked. */
  stored?: StoredSources | null;
  /** Runs inside the transaction once everything is written, before it commits (tests stop a process there). */
  beforeCommit?: () => Promise<void>;
}

/** POST (no `id`) or PUT a claim: a draft, or a publish that makes a new data version. */
const CHANGES = ['correction', 'update', 'fix'] as const;
const CLAIM_KEYS = new Set(Object.keys(ClaimSchema.shape));
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 60) ?? String(value);

/**
 * What is wrong with a claim write's body before any field of the claim is looked at: a `publish` that is not true or
 * false, a `change` that is none of the three, a claim that is not an object or that carries fields no claim has. A
 * review sent the whole desk reply with `"publish": "yes"`: it was saved as a draft of junk fields on top of a
 * published claim, while the sender thought it published.
 */
export function writeBodyProblems(body: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  if (body.publish !== undefined && typeof body.publish !== 'boolean') problems.push({ field: 'publish', message: `must be true or false, not ${shown(body.publish)}` });
  if (body.change !== undefined && body.change !== null && body.change !== '' && !(CHANGES as readonly unknown[]).includes(body.change)) {
    problems.push({ field: 'change', message: `must be "correction", "update" or "fix", not ${shown(body.change)}` });
  }
  const claim = body.claim;
  if (claim === null || typeof claim !== 'object' || Array.isArray(claim)) {
    problems.push({ field: 'claim', message: `must be a JSON object of the claim's fields (id, value, quote, claimant, source, …), not ${claim === undefined ? 'missing' : shown(claim)}` });
  } else {
    // As JSON sends it: a key whose value is undefined is no field.
    const unknown = Object.entries(claim).filter(([key, value]) => value !== undefined && !CLAIM_KEYS.has(key)).map(([key]) => key);
    if (unknown.length) problems.push({ field: 'claim', message: `has fields no claim has: ${unknown.slice(0, 8).join(', ')}${unknown.length > 8 ? ', …' : ''} (a claim's fields are ${[...CLAIM_KEYS].join(', ')})` });
    problems.push(...fieldShapeProblems(claim as Record<string, unknown>));
  }
  return problems;
}

/** The kinds of a field's problem no form could make (a number sent as an object, a 13th month), even in a draft. */
const SHAPE_ISSUES = new Set(['invalid_type', 'invalid_value', 'invalid_format', 'invalid_union']);

/**
 * Each field a claim has, held to its shape: its type, its choices, a date's form and calendar. A draft may leave
 * fields out and say what its fields say wrongly (the desk lists its problems), but an API write saved `value: {"a":1}`
 * and `saidOn: "2021-13-45"` as a draft, and the desk's list showed "[object Object] NaN" and "said 45 undefined 2021".
 */
function fieldShapeProblems(claim: Record<string, unknown>): FieldError[] {
  const fields = withoutEmpty(claim) as Record<string, unknown>;
  const shapes = ClaimSchema.shape as Record<string, { safeParse: (value: unknown) => { success: boolean; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } } }>;
  return Object.entries(fields).filter(([key]) => Object.hasOwn(shapes, key) && key !== 'id').flatMap(([key, value]) => {
    const result = shapes[key].safeParse(value);
    return (result.error?.issues ?? [])
      .filter((issue) => (SHAPE_ISSUES.has(issue.code) && !/^is missing/.test(issue.message)) || issue.message === REAL_DATE_RULE)
      .map((issue) => ({ field: [key, ...issue.path.map(String)].join('.'), message: issue.message }));
  });
}

/**
 * A badly formed id said with the write's other problems: the note, and for a publish every field of the claim (the
 * answer named the id alone, and the editor learnt of the rest only after fixing it). Nothing is read under its id.
 */
async function badIdProblems(db: Kysely<StoreTables>, input: SaveClaim, missingNote: FieldError | null): Promise<FieldError[]> {
  const idProblem: FieldError = { field: 'id', message: CLAIM_ID_RULE };
  if (!input.publish) return [idProblem, ...(missingNote ? [missingNote] : [])];
  const shown = await current(db);
  const fields = shown ? writeProblems(shown.file, shown.scenes, { claim: input.claim }, input.stored ?? null).filter((p) => p.field !== 'id') : [];
  return [idProblem, ...(missingNote ? [missingNote] : []), ...fields];
}

export async function saveClaim(db: Kysely<StoreTables>, author: Author, input: SaveClaim): Promise<{ revision: RevisionView; dataVersion: number | null }> {
  // Said with the other problems of a publish, not alone first (an editor fixed the note, then learnt of the rest).
  const shape = writeBodyProblems({ claim: input.claim, change: input.change });
  if (shape.length) throw new WriteRefused(shape);
  const missingNote = noteProblem(input.note);
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  const claimId = (input.claim as { id?: unknown } | null)?.id;
  if (typeof claimId !== 'string' || !CLAIM_ID.test(claimId)) throw new WriteRefused(await badIdProblems(db, input, missingNote));
  if (input.id !== undefined && input.id !== claimId) {
    // An address naming no claim is a 404, whatever the body says (it once read as a rename of a claim that is not).
    if (!(await latestRow(db, 'claim', input.id))) throw new NoSuchClaim(input.id);
    throw new WriteRefused([{ field: 'id', message: `cannot change from "${input.id}": retract the claim and add a new one` }]);
  }
  try {
    return await atomic(db, async (trx) => {
      const latest = await latestRow(trx, 'claim', claimId);
      // A new claim's id that another claim has is one of its problems, said with every other (as the desk's live check
      // says them), a draft's too: the answer named the id alone, and the editor learnt of the rest only after.
      const taken = input.id === undefined && latest ? idTaken(viewOf(latest)).errors : [];
      if (input.id !== undefined) {
        if (!latest) throw new NoSuchClaim(claimId);
        // Said before a stale save: a merge with the discard would only lead to this refusal.
        if (isDiscarded(latest)) throw new ClaimDiscarded(viewOf(latest));
        if (latest.revision !== input.base) throw new StaleWrite(viewOf(latest), input.base);
      }
      // What readers see of this claim: nothing of a new one (the rows of a taken id are another claim's).
      const shownRow = input.id === undefined ? undefined : await latestPublicRow(trx, 'claim', claimId);
      const lastPublic = shownRow?.state;
      const wasPublic = lastPublic === 'published';
      let change: RevisionChange = 'draft';
      if (missingNote && !input.publish && !taken.length) throw new WriteRefused([missingNote]);
      if (input.publish || taken.length) {
        const kindOfChange = input.change === 'correction' || input.change === 'update' || input.change === 'fix' ? input.change : null;
        const problems: FieldError[] = [...taken, ...(missingNote ? [missingNote] : [])];
        if (wasPublic && !kindOfChange) problems.push({ field: 'change', message: 'is required for a published claim: correction (something readers see was wrong: a figure, date, place, source, who said it, or the words quoted), update (new information) or fix (the wording around it)' });
        // A fix carries no notice for readers: what the claim says may not change under one.
        const beyond = wasPublic && kindOfChange === 'fix' && shownRow?.body ? beyondFix(JSON.parse(shownRow.body), input.claim) : [];
        if (beyond.length) {
          problems.push({ field: 'change', message: `a fix may change only the wording around the claim, not ${beyond.map((f) => f.label).join(', ')}: publish it as a correction or an update` });
        }
        // Readers would see "Corrected" (or "Updated") on a claim that says what it said before.
        if (wasPublic && shownRow?.body && isDeepStrictEqual(withoutEmpty(JSON.parse(shownRow.body)), withoutEmpty(input.claim))) {
          problems.push({ field: 'claim', message: `is the same as the published revision ${shownRow.revision}: change a field before publishing ${kindOfChange === 'update' ? 'an update' : kindOfChange === 'fix' ? 'a fix' : 'a correction'}` });
        }
        const shown = await current(trx);
        problems.push(...(shown ? writeProblems(shown.file, shown.scenes, { claim: input.claim }, input.stored ?? null) : [{ field: 'file', message: 'nothing is published yet: import the data files first' }]));
        if (problems.length) throw new WriteRefused(problems);
        change = wasPublic && kindOfChange ? kindOfChange : lastPublic === 'retracted' ? await restorationKind(trx, claimId, input.claim) : 'new';
      }
      const dataVersion = input.publish ? await newVersion(trx, author.email, `${CHANGE_LABELS[change]} ${claimId}`) : null;
      const row = await insertRow(trx, {
        kind: 'claim', key: claimId, revision: (latest?.revision ?? 0) + 1, state: input.publish ? 'published' : 'draft', change, note,
        body: JSON.stringify(input.claim), author_id: author.id, author: author.email, created_at: now(), data_version: dataVersion,
      });
      await input.beforeCommit?.();
      return { revision: viewOf(row), dataVersion };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const latest = await latestRow(db, 'claim', claimId);
    throw latest ? (input.id === undefined ? idTaken(viewOf(latest)) : new StaleWrite(viewOf(latest))) : error;
  }
}

/**
 * A retracted claim published again: a restoration, or a correction where its figure is not the one retracted (a QA
 * pass brought back 143,500 as "about 112,000", and readers were told only "Restored"; a correction says "previously
 * 143,500 troops" on the card, beside the figure and on every image).
 */
async function restorationKind(db: Kysely<StoreTables>, claimId: string, claim: unknown): Promise<RevisionChange> {
  const retracted = await db.selectFrom('revision').select('body').where('kind', '=', 'claim').where('key', '=', claimId)
    .where('data_version', 'is not', null).where('body', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return retracted?.body && figureOfBody(retracted.body) !== figureOfBody(JSON.stringify(claim)) ? 'correction' : 'restoration';
}

/**
 * A new claim whose id another claim has: refused on the id, not offered as a merge (the other claim is not a
 * version of this one).
 */
export function idTaken(other: Pick<RevisionView, 'key' | 'revision' | 'state' | 'change'>): WriteRefused {
  // A discarded claim is hidden from the list: said so, or the editor looked for it there in vain.
  const [state, where] = isDiscarded(other) ? ['a discarded draft', "restore it from the list's discarded drafts"] : [other.state, 'open that claim from the list'];
  return new WriteRefused([{ field: 'id', message: `is taken: claim "${other.key}" exists (revision ${other.revision}, ${state}); choose another id, or ${where} to change it` }]);
}

/**
 * Which scenes use a claim, and where, from the check of the data without it: 'scene "border-december" (claims,
 * caption)'. The check's own words ('names "deployed-90k", which is not a claim') read as if the claim did not exist.
 */
function scenesUsing(messages: readonly string[]): string {
  const uses = new Map<string, Set<string>>();
  for (const message of messages) {
    const [, scene, field] = /^(scene "[^"]*"): (\w+):/.exec(message) ?? [null, message, null];
    const fields = uses.get(scene) ?? uses.set(scene, new Set()).get(scene)!;
    if (field) fields.add(field);
  }
  return [...uses].map(([scene, fields]) => (fields.size ? `${scene} (${[...fields].join(', ')})` : scene)).join('; ');
}

/** DELETE a claim: a retraction revision with its reason, published as a new data version. */
export async function retractClaim(db: Kysely<StoreTables>, author: Author, input: { id: string; reason: unknown; base?: number }): Promise<{ revision: RevisionView; dataVersion: number }> {
  const reason = checkNote(input.reason, 'reason');
  try {
    return await atomic(db, async (trx) => {
      const latest = await latestRow(trx, 'claim', input.id);
      if (!latest) throw new NoSuchClaim(input.id);
      // Said as it is: "There is no claim" was the answer for a draft the desk lists.
      const shownRow = await latestPublicRow(trx, 'claim', input.id);
      if (!shownRow) throw new NotRetractable(input.id, 'it was never published, so readers have never seen it (its drafts stay in the desk\'s history)');
      if (shownRow.state !== 'published') throw new NotRetractable(input.id, `it is retracted already (revision ${shownRow.revision})`);
      if (input.base !== undefined && latest.revision !== input.base) throw new StaleWrite(viewOf(latest), input.base);
      const shown = await current(trx);
      const problems = shown ? writeProblems(shown.file, shown.scenes, { retract: input.id }) : [];
      // The scenes' own words ('scene "region": notes: {id} is not a claim with a number') read as if the claim were
      // broken: said as what they are, the presenter's use of it.
      const scenes = problems.filter((p) => p.field === 'scenes');
      // So are the story's comparisons ("file: comparisons.0.to: names …, which is not a claim with a number").
      const comparisons = shown?.file.comparisons.filter((c) => c.of === input.id || c.to === input.id) ?? [];
      const usedBy = problems.filter((p) => p.field === 'scenes' || p.field === 'comparisons');
      if (usedBy.length && usedBy.length === problems.length) {
        throw new WriteRefused([
          ...(scenes.length ? [{ field: 'scenes', message: `the presenter's scenes show or name this claim (${scenesUsing(scenes.map((p) => p.message))}): change them in geo/data/scenes.json first` }] : []),
          ...(comparisons.length ? [{ field: 'comparisons', message: `the story's comparisons use this claim's figure (${comparisons.map((c) => `"${c.of}" with "${c.to}"`).join('; ')}): change or remove them in geo/data/claims.json ("comparisons") first` }] : []),
        ], 'The claim cannot be retracted');
      }
      if (problems.length) throw new WriteRefused(problems);
      const dataVersion = await newVersion(trx, author.email, `Retracted ${input.id}`);
      const row = await insertRow(trx, {
        kind: 'claim', key: input.id, revision: latest.revision + 1, state: 'retracted', change: 'retraction', note: reason, body: null,
        author_id: author.id, author: author.email, created_at: now(), data_version: dataVersion,
      });
      return { revision: viewOf(row), dataVersion };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const latest = await latestRow(db, 'claim', input.id);
    throw latest ? new StaleWrite(viewOf(latest)) : error;
  }
}

/**
 * DELETE a claim's draft: a revision that sets it aside, holding what readers see again, so the claim no longer opens
 * on a draft. Nothing is lost: the draft stays in the history, where "Start from it" brings it back. Only a draft on
 * top of a published claim: a claim never published has nothing else to hold.
 */
export async function setDraftAside(db: Kysely<StoreTables>, author: Author, input: { id: string; note: unknown; base: number }): Promise<{ revision: RevisionView; dataVersion: null }> {
  const note = checkNote(input.note);
  try {
    return await atomic(db, async (trx) => {
      const latest = await latestRow(trx, 'claim', input.id);
      if (!latest) throw new NoSuchClaim(input.id);
      if (latest.revision !== input.base) throw new StaleWrite(viewOf(latest), input.base);
      const shown = await latestPublicRow(trx, 'claim', input.id);
      if (!shown) throw new NoWaitingDraft(input.id, 'it was never published, so its drafts are all it has');
      if (shown.state !== 'published') throw new NoWaitingDraft(input.id, `it is retracted (revision ${shown.revision}): publishing the draft brings it back`);
      if (!isWaitingDraft(latest)) throw new NoWaitingDraft(input.id, `its latest revision, ${latest.revision}, is ${latest.change === 'set-aside' ? 'a draft set aside already' : 'what readers see'}`);
      const row = await insertRow(trx, {
        kind: 'claim', key: input.id, revision: latest.revision + 1, state: 'draft', change: 'set-aside', note, body: shown.body,
        author_id: author.id, author: author.email, created_at: now(), data_version: null,
      });
      return { revision: viewOf(row), dataVersion: null };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const latest = await latestRow(db, 'claim', input.id);
    throw latest ? new StaleWrite(viewOf(latest)) : error;
  }
}

/**
 * Discards a claim never published (a draft started by mistake: a test, a duplicate), based on its latest revision
 * (If-Match, as every desk write): a revision that holds the draft, so the desk's list hides the claim, and nothing is
 * deleted. A claim readers have seen is retracted instead, where the change log says so.
 */
export async function discardClaim(db: Kysely<StoreTables>, author: Author, input: { id: string; note: unknown; base: number }): Promise<{ revision: RevisionView; dataVersion: null }> {
  return draftHeldAgain(db, author, input, checkNote(input.note), 'discard', async (trx, latest) => {
    const shown = await latestPublicRow(trx, 'claim', input.id);
    if (shown?.state === 'published') throw new NotDiscardable(input.id, `it was published (revision ${shown.revision}), so readers have seen it: retract it instead`);
    if (shown) throw new NotDiscardable(input.id, `it was published, so readers have seen it, and is retracted (revision ${shown.revision}): its drafts stay in the desk's history`);
    if (isDiscarded(latest)) throw new NotDiscardable(input.id, `it is discarded already (revision ${latest.revision}, ${latest.author})`);
  });
}

/** What a restoration from the discarded drafts notes when the editor gives no reason. */
export const UNDISCARD_NOTE = "Restored from the desk's discarded drafts";

/**
 * Brings a discarded claim back to the desk's list as the draft it was (a revision holding its body), based on the
 * discard (If-Match): then it can be edited and published again. The note is optional.
 */
export async function undiscardClaim(db: Kysely<StoreTables>, author: Author, input: { id: string; note?: unknown; base: number }): Promise<{ revision: RevisionView; dataVersion: null }> {
  const note = typeof input.note === 'string' && input.note.trim() ? checkNote(input.note) : UNDISCARD_NOTE;
  return draftHeldAgain(db, author, input, note, 'undiscard', async (_trx, latest) => {
    if (!isDiscarded(latest)) throw new NotDiscarded(input.id, viewOf(latest));
  });
}

/**
 * A revision of kind `change` holding the claim's latest body again (a discard or its undoing), based on `input.base`
 * (If-Match), once `refuse` has had its say on the latest row; a concurrent write makes it stale.
 */
async function draftHeldAgain(db: Kysely<StoreTables>, author: Author, input: { id: string; base: number }, note: string, change: 'discard' | 'undiscard',
  refuse: (trx: Kysely<StoreTables>, latest: Row) => Promise<void>): Promise<{ revision: RevisionView; dataVersion: null }> {
  try {
    return await atomic(db, async (trx) => {
      const latest = await latestRow(trx, 'claim', input.id);
      if (!latest) throw new NoSuchClaim(input.id);
      await refuse(trx, latest);
      if (latest.revision !== input.base) throw new StaleWrite(viewOf(latest), input.base);
      const row = await insertRow(trx, {
        kind: 'claim', key: input.id, revision: latest.revision + 1, state: 'draft', change, note, body: latest.body,
        author_id: author.id, author: author.email, created_at: now(), data_version: null,
      });
      return { revision: viewOf(row), dataVersion: null };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const latest = await latestRow(db, 'claim', input.id);
    throw latest ? new StaleWrite(viewOf(latest)) : error;
  }
}

export interface DataFiles { file: ClaimsFile; scenes: ScenesFile }

/** A data file's entries as the store keeps them: a revision history for each. */
const dataEntries = (data: DataFiles): { kind: RevisionKind; key: string; body: unknown }[] => [
  { kind: 'story', key: 'story', body: data.file.story },
  { kind: 'comparisons', key: 'comparisons', body: data.file.comparisons },
  { kind: 'scenes', key: 'scenes', body: data.scenes },
  ...data.file.claims.map((claim) => ({ kind: 'claim' as const, key: claim.id, body: claim })),
];

/** How a publication names the files it imported: their names, not where they lie on the server (readers see it). */
export const importSource = (claims: string, scenes: string) => `${path.basename(claims)} and ${path.basename(scenes)}`;

/** An entry of a data file the import left alone, and why (store/import-plan.ts). */
export interface ImportLeft { kind: RevisionKind; key: string; step: Extract<ImportStep, { do: 'keep' | 'refuse' }> }

/** "budanov-92k: the file has revision 3's words; readers see revision 5, which stands" */
export function importLeftWords({ kind, key, step }: ImportLeft): string {
  const name = kind === 'claim' ? key : `the ${kind}`;
  return step.do === 'keep'
    ? `${name}: the file has revision ${step.fileHas}'s words; readers see revision ${step.shown}, which stands`
    : `${name}: the file changes revision ${step.madeOn}, but revision ${step.shown} was published since; not imported (make the change on the desk, or run data:export and edit that)`;
}

/**
 * A data file's content as a publication: a revision for each entry whose words are new work on what readers see
 * (store/import-plan.ts; a claim the file leaves out is kept: retracting is the desk's). An entry holding an earlier
 * revision's words, or changing one, is left and named in `left`. Nothing new: no publication.
 */
export async function importData(db: Kysely<StoreTables>, author: Author, data: DataFiles, source: string, base?: DataFiles | null): Promise<{ version: number | null; left: ImportLeft[] }> {
  const entries = dataEntries(data);
  const baseOf = new Map(base ? dataEntries(base).map((e) => [`${e.kind}:${e.key}`, { body: e.body }]) : []);
  return atomic(db, async (trx) => {
    const changed: { entry: (typeof entries)[number]; latest: Row | undefined }[] = [];
    const left: ImportLeft[] = [];
    for (const entry of entries) {
      const rows = (await trx.selectFrom('revision').select(['revision', 'data_version', 'body']).where('kind', '=', entry.kind).where('key', '=', entry.key).execute())
        .map((r) => ({ revision: r.revision, dataVersion: r.data_version, body: r.body }));
      const step = importStep(entry.body, rows, baseOf.get(`${entry.kind}:${entry.key}`));
      if (step.do === 'keep' || step.do === 'refuse') left.push({ kind: entry.kind, key: entry.key, step });
      if (step.do === 'import') changed.push({ entry, latest: await latestRow(trx, entry.kind, entry.key) });
    }
    if (changed.length === 0) return { version: null, left };
    const version = await newVersion(trx, author.email, `Imported ${source}: ${changed.length} change${changed.length === 1 ? '' : 's'}`);
    for (const { entry, latest } of changed) {
      await insertRow(trx, {
        kind: entry.kind, key: entry.key, revision: (latest?.revision ?? 0) + 1, state: 'published', change: latest ? 'import' : 'new',
        note: `Imported from ${source}`, body: JSON.stringify(entry.body), author_id: author.id, author: author.email, created_at: now(), data_version: version,
      });
    }
    // The result must stand as a whole (with claims the file left out): otherwise nothing of it is kept.
    await readSnapshot(trx, version);
    return { version, left };
  });
}
