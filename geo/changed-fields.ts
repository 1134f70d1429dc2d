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
