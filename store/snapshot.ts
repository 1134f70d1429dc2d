import 'server-only';
/**
 * A data version as readers see it: for each claim and document, its latest revision published at or before that
 * version (a retracted claim is gone), validated by the same schema as the files, with each claim's published
 * corrections and updates.
 */
import type { Kysely } from 'kysely';
import type { ClaimChange } from '@/geo/buildup';
import { beyondFix } from '@/geo/changed-fields';
import { previousWords } from '@/geo/claim-previous';
import { type Claim, ClaimsFileSchema, type ClaimsFile, DataFileError, describeIssues, type ScenesFile, ScenesFileSchema } from '@/geo/schema';
import type { RevisionTable, StoreTables } from './tables';

type Row = Omit<RevisionTable, 'id'> & { id: number };

export interface Snapshot {
  dataVersion: number;
  publishedAt: string;
  file: ClaimsFile;
  scenes: ScenesFile;
  changes: Record<string, ClaimChange[]>;
}

/** The claims in the order readers number them: by the day said, then in the order they were first added. */
export function orderClaims(rows: { claim: Claim; firstId: number }[]): Claim[] {
  // Ordered before the schema reads them: a body without its day (a store edited by hand) must reach the schema, which
  // names what is wrong, rather than fail here as "Cannot read properties of undefined".
  const day = (claim: Claim) => (typeof claim.saidOn === 'string' ? claim.saidOn : '');
  return [...rows].sort((a, b) => day(a.claim).localeCompare(day(b.claim)) || a.firstId - b.firstId).map((r) => r.claim);
}

/**
 * What readers are told of a claim's published revision: its correction, update, retraction or restoration; and an
 * import of the data files that changes what a claim readers saw says (more than a fix may) as a correction: a file
 * that changed a figure from 95,000 to 70,000 reached readers with no notice. Null for what they are not told of.
 */
function readersTold(row: Pick<Row, 'change' | 'body'>, before: string | null): ClaimChange['change'] | null {
  if (row.change === 'correction' || row.change === 'update' || row.change === 'retraction' || row.change === 'restoration') return row.change;
  if (row.change !== 'import' || !before || !row.body) return null;
  return beyondFix(JSON.parse(before), JSON.parse(row.body)).length ? 'correction' : null;
}

/** The newest published data version, or 0 when nothing was ever published. */
export async function latestVersion(db: Kysely<StoreTables>): Promise<number> {
  const row = await db.selectFrom('publication').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Readers' view of the claims and documents at `version` (the latest when absent); throws when none exists. */
export async function readSnapshot(db: Kysely<StoreTables>, version?: number): Promise<Snapshot> {
  const at = version ?? (await latestVersion(db));
  const publication = await db.selectFrom('publication').selectAll().where('version', '=', at).executeTakeFirst();
  if (!publication) throw new Error(version ? `There is no data version ${version}.` : 'Nothing has been published yet.');
  const rows = (await db.selectFrom('revision').selectAll().where('data_version', 'is not', null).where('data_version', '<=', at)
    .orderBy('id').execute()) as Row[];

  const latest = new Map<string, Row>();
  const firstId = new Map<string, number>();
  // A map, not an object: a claim whose id is a name every object has ("constructor") took the object's own
  // constructor for its list of changes, and every page of the site answered 500.
  const changes = new Map<string, ClaimChange[]>();
  /** Each claim's last published body with a figure (a retraction's row has none). */
  const previousBody = new Map<string, string>();
  for (const row of rows) {
    const key = `${row.kind}:${row.key}`;
    if (!firstId.has(key)) firstId.set(key, row.id);
    const told = row.kind === 'claim' ? readersTold(row, previousBody.get(key) ?? null) : null;
    if (told) {
      // "Previously" is for what a change replaced: a retraction leaves no figure to replace it. A restoration is
      // measured against the figure that was retracted: published again with another figure, readers were told
      // nothing of it.
      const previous = told === 'retraction' ? null : previousWords(previousBody.get(key) ?? null, row.body);
      changes.set(row.key, [...(changes.get(row.key) ?? []), { change: told, date: row.created_at.slice(0, 10), note: row.note, previous }]);
    }
    if (row.body) previousBody.set(key, row.body);
    latest.set(key, row);
  }
  const document = <T>(name: string): T => {
    const row = latest.get(`${name}:${name}`);
    if (!row?.body) throw new DataFileError('the database', [`${name}: no published version`]);
    return JSON.parse(row.body) as T;
  };
  const claims = orderClaims([...latest.values()]
    .filter((r) => r.kind === 'claim' && r.state === 'published' && r.body)
    .map((r) => ({ claim: JSON.parse(r.body!) as Claim, firstId: firstId.get(`claim:${r.key}`)! })));
  const input = { story: document('story'), comparisons: document('comparisons'), claims };
  const parsed = ClaimsFileSchema.safeParse(input);
  if (!parsed.success) throw new DataFileError(`the database (data version ${at})`, describeIssues(parsed.error.issues, input, 'claims', 'claim'));
  const scenesInput = document<unknown>('scenes');
  const scenes = ScenesFileSchema.safeParse(scenesInput);
  if (!scenes.success) throw new DataFileError(`the database (data version ${at})`, describeIssues(scenes.error.issues, scenesInput, 'scenes', 'scene'));
  const shown = new Set(claims.map((c) => c.id));
  const published = Object.fromEntries([...changes].filter(([id]) => shown.has(id)));
  return { dataVersion: at, publishedAt: publication.created_at, file: parsed.data, scenes: scenes.data, changes: published };
}
