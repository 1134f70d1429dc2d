/**
 * What an import does with one entry of a data file (a claim, the story, the comparisons, the scenes), given the
 * entry's revisions in the store. A data file is often older than the desk's work: the repository's copy of
 * geo/data/claims.json, saved again or touched, or saved for a change to another claim. Imported as it stood, it put
 * back every claim the desk had corrected since, and readers saw the old words under a notice of their correction.
 * So an entry is imported only when it is new work made on what readers see now.
 */

/** A revision as the plan needs it: its number, whether readers saw it, and its body as stored (JSON), if any. */
export interface PlanRow {
  revision: number;
  /** Set when the revision was published (or retracted): readers saw it. */
  dataVersion: number | null;
  body: string | null;
}

export type ImportStep =
  /** Readers see these words already. */
  | { do: 'skip' }
  /** New words, made on what readers see (or a new entry). */
  | { do: 'import' }
  /** The file holds an earlier revision's words: the store's later ones stand. */
  | { do: 'keep'; fileHas: number; shown: number }
  /** New words, but made on an earlier revision than readers see: the store's later work would be lost. */
  | { do: 'refuse'; madeOn: number; shown: number };

/** The same JSON whatever the order of its objects' keys, and without empty fields (the desk's form sends nulls). */
export function canonicalJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined && x !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sorted(x)]));
  };
  return JSON.stringify(sorted(value)) ?? 'null';
}

/** In how many top-level fields two bodies differ (a body that is not an object differs in one, or none). */
function fieldsApart(a: unknown, b: unknown): number {
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isRecord(a) || !isRecord(b)) return canonicalJson(a) === canonicalJson(b) ? 0 : 1;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])).length;
}

/**
 * The step for `body` against `rows` (the entry's revisions, any order). `base`: the entry as the same file held it
 * when it was last imported or looked at (the server's watch of geo/data/), if known: then only an entry the file
 * changed since is imported, and only if readers still see what the file held (its change was made on theirs).
 * Without one (`npm run data:import` of any file), new words are taken to be made on the revision they differ from in
 * the fewest fields, and imported only if that is what readers see and no earlier revision is as near; an earlier
 * revision's words are left.
 */
export function importStep(body: unknown, rows: readonly PlanRow[], base?: { body: unknown }): ImportStep {
  const shown = rows.filter((r) => r.dataVersion !== null).sort((a, b) => b.revision - a.revision)[0];
  if (!shown) return { do: 'import' };
  const words = canonicalJson(body);
  // Only what readers saw: a draft is the desk's work in progress, not a state a file could have been made from.
  const parsed = rows.filter((r) => r.dataVersion !== null && r.body !== null).map((r) => ({ revision: r.revision, words: canonicalJson(JSON.parse(r.body!)), body: JSON.parse(r.body!) as unknown }));
  const shownWords = shown.body === null ? null : canonicalJson(JSON.parse(shown.body));
  if (shownWords === words) return { do: 'skip' };
  if (base) {
    const baseWords = canonicalJson(base.body);
    if (baseWords === words) return { do: 'skip' };
    if (baseWords === shownWords) return { do: 'import' };
    const madeOn = parsed.filter((r) => r.words === baseWords).sort((a, b) => b.revision - a.revision)[0];
    if (madeOn) return { do: 'refuse', madeOn: madeOn.revision, shown: shown.revision };
    // What the file held was never published (an import of it was refused): judged as a file of unknown age.
  }
  const earlier = parsed.filter((r) => r.words === words).sort((a, b) => b.revision - a.revision)[0];
  if (earlier) return { do: 'keep', fileHas: earlier.revision, shown: shown.revision };
  const apart = parsed.map((r) => ({ revision: r.revision, apart: fieldsApart(body, r.body) }));
  const least = Math.min(...apart.map((r) => r.apart));
  const earlierAsNear = apart.filter((r) => r.apart === least && r.revision !== shown.revision).sort((a, b) => b.revision - a.revision)[0];
  // Made on what readers see only when no earlier revision is as near: a file that changes the very field the desk
  // corrected is as near the revision before the correction (a tie once went to the newer, and the correction was lost).
  // A retraction has no words: new words for a retracted claim are made on an earlier revision, never on it.
  if (!earlierAsNear) return { do: 'import' };
  return { do: 'refuse', madeOn: earlierAsNear.revision, shown: shown.revision };
}
