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
 * for it; /changes lists it as "Fixed". What the claim says (its figure, words, who, when, where, scope) is not a fix.
 */
export const FIX_FIELDS: readonly string[] = ['saidOnNote', 'where.description', 'source.dateNote', 'source.title', 'source.description', 'source.url', 'note'];

/** The changes a fix may not make: anything but FIX_FIELDS. */
export const beyondFix = (before: unknown, after: unknown) => changedFields(before, after).filter((f) => !FIX_FIELDS.includes(f.name));
