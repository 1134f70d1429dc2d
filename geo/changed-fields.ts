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

/** A text's words in lower case, an apostrophe within a word left out ("ministry's" and "ministrys" alike). */
const wordsOf = (text: string) => text.toLowerCase().replace(/['\u2019]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether two words differ by at most one letter added, taken away, changed, or two letters swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether one word is another misspelt: never a number changed ("94,000 or 95,000" became "84,000 or 65,000" under a
 * fix), a short word only with its letters swapped ("teh", not "not" for "now"), a longer one by one letter at most
 * ("includes" became "excludes").
 */
function misspelt(was: string, now: string): boolean {
  if (/\p{N}/u.test(was) || /\p{N}/u.test(now)) return was === now;
  if (Math.min(was.length, now.length) <= 4) return [...was].sort().join('') === [...now].sort().join('');
  return oneEditApart(was, now);
}

/** The words of `before` and `after` that differ, in runs between the words they share (their longest common run). */
function changedRuns(before: string[], after: string[]): { was: string[]; now: string[] }[] {
  const common = before.map(() => new Array<number>(after.length + 1).fill(0));
  common.push(new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  }
  const runs: { was: string[]; now: string[] }[] = [];
  let run = { was: [] as string[], now: [] as string[] };
  let [i, j] = [0, 0];
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      if (run.was.length || run.now.length) runs.push(run);
      run = { was: [], now: [] };
      i++;
      j++;
    } else if (j >= after.length || (i < before.length && common[i + 1][j] >= common[i][j + 1])) run.was.push(before[i++]);
    else run.now.push(after[j++]);
  }
  if (run.was.length || run.now.length) runs.push(run);
  return runs;
}

/**
 * Whether `after` is `before` with typos or punctuation put right: the same words but for marks, case and spacing,
 * and each word changed only misspelt (`misspelt`), a few letters in all (at most 2, or 5% of the text). A note
 * rewritten whole under a fix ("Danilov later said the true figure was 200,000.") reached readers with no notice, and
 * so did one whose figures and "includes" were changed a letter or digit at a time.
 */
function mended(before: string, after: string): boolean {
  const [was, now] = [bare(before), bare(after)];
  if (was === now) return true;
  if (!was || !now) return false;
  const limit = Math.max(2, Math.ceil(Math.min(was.length, now.length) * 0.05));
  if (editDistance(was, now, limit) > limit) return false;
  return changedRuns(wordsOf(before), wordsOf(after)).every((run) => run.was.join('') === run.now.join('')
    || (run.was.length === run.now.length && run.was.every((word, k) => misspelt(word, run.now[k]))));
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
