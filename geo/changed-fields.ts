import { CLAIM_FIELDS, formFromClaim } from './claim-form';

export interface ChangedField { name: string; label: string; before: string; after: string }

/**
 * What one version of a claim changes from another, field by field in the form's order and with the form's labels:
 * the desk shows it beside a draft (what publishing it would change for readers) and in a claim's history. Compared
 * as the form's text, so an empty field and an absent one are the same.
 */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  const [was, now] = [formFromClaim(before), formFromClaim(after)];
  return CLAIM_FIELDS.filter((f) => was[f.name] !== now[f.name]).map((f) => ({ name: f.name, label: f.label, before: was[f.name], after: now[f.name] }));
}

/**
 * What a fix may change (the desk's third kind of change to a published claim, beside a correction and an update): the
 * wording around the claim, such as a misspelt title, a broken link or a note's punctuation (and no more: `mended`). Readers see no "Corrected"
 * for it; /changes lists it as "Fixed". What the claim says (its figure, words, who, when, where, scope) is not a fix:
 * nor is "Where, in words" (a review's fix moved a claim "Inside Belarus" with no word to readers).
 */
export const FIX_FIELDS: readonly string[] = ['saidOnNote', 'source.dateNote', 'source.title', 'source.description', 'source.url', 'note'];

/** A web address's host, or the address itself when it is not one. */
function hostOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
}

/** Letters and digits alone, in lower case: what a typo's or punctuation's mending leaves the same. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The edit distance between two texts, or `limit + 1` once it is past `limit` (counted in a band of that width). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(limit + 1);
    row[0] = i;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row.slice(Math.max(0, i - limit), Math.min(b.length, i + limit) + 1)) > limit) return limit + 1;
    previous = row;
  }
  return Math.min(previous[b.length], limit + 1);
}

/**
 * Whether `after` is `before` with a typo or its punctuation put right: the same letters and digits but for marks,
 * case and spacing, or a few of them changed (at most 2, or 5% of the text). A note rewritten whole under a fix
 * ("Danilov later said the true figure was 200,000.") reached readers with no notice.
 */
function mended(before: string, after: string): boolean {
  const [was, now] = [bare(before), bare(after)];
  if (was === now) return true;
  if (!was || !now) return false;
  const limit = Math.max(2, Math.ceil(Math.min(was.length, now.length) * 0.05));
  return editDistance(was, now, limit) <= limit;
}

/**
 * The changes a fix may not make: anything but FIX_FIELDS, more than a typo or punctuation in their words, and a
 * source address moved to another site. A broken link is mended within its site; a page elsewhere is another reading
 * of the claim, which readers are told of.
 */
export function beyondFix(before: unknown, after: unknown): ChangedField[] {
  return changedFields(before, after).flatMap((f) => {
    if (!FIX_FIELDS.includes(f.name)) return [f];
    if (f.name !== 'source.url') return mended(f.before, f.after) ? [] : [{ ...f, label: `${f.label} (more than a typo or its punctuation)` }];
    if (!f.before || hostOf(f.before) === hostOf(f.after)) return [];
    return [{ ...f, label: `${f.label} to another site (${hostOf(f.after) || 'none'}, not ${hostOf(f.before)})` }];
  });
}
