import { changedFields } from '@/geo/changed-fields';
import type { RevisionView } from './ClaimList';

/**
 * What a revision changed from the last one with a body, for a claim's history: " (changed Number, Qualifier)"; for a
 * draft published as it was, " (the draft of revision 4, as it was)" ("changed no field" read as if the publish had
 * done nothing); nothing for a discard or its undoing, which hold the draft as it was.
 */
export function revisionChanges(history: readonly RevisionView[], at: number): string {
  const revision = history[at];
  if (revision.change === 'discard' || revision.change === 'undiscard' || !revision.body) return '';
  const earlier = history.slice(0, at).reverse().find((r) => r.body);
  if (!earlier?.body) return '';
  const names = changedFields(earlier.body, revision.body).map((c) => c.label);
  if (names.length) return ` (changed ${names.join(', ')})`;
  return revision.state === 'published' && earlier.state === 'draft' ? ` (the draft of revision ${earlier.revision}, as it was)` : ' (changed no field)';
}
