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
 * wording around the claim, such as a misspelt title, a broken link or a note's punctuation. Readers see no "Corrected"
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

/**
 * The changes a fix may not make: anything but FIX_FIELDS, and a source address moved to another site. A broken link
 * is mended within its site; a page elsewhere is another reading of the claim, which readers are told of.
 */
export function beyondFix(before: unknown, after: unknown): ChangedField[] {
  return changedFields(before, after).flatMap((f) => {
    if (!FIX_FIELDS.includes(f.name)) return [f];
    if (f.name !== 'source.url' || !f.before || hostOf(f.before) === hostOf(f.after)) return [];
    return [{ ...f, label: `${f.label} to another site (${hostOf(f.after) || 'none'}, not ${hostOf(f.before)})` }];
  });
}
