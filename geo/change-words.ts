/**
 * A published change in words, the same on /changes, in its Atom feed, on source cards and on exports: "Corrected
 * 1 December 2026: the figure was 160,000; previously 160,000 troops", as AP and Reuters mark theirs (CORRECTED for an
 * error, UPDATED for new information).
 */
import type { ClaimChange } from './buildup';
import { formatDate } from './format';

export const CHANGE_LABELS: Record<string, string> = {
  new: 'Added',
  correction: 'Corrected',
  update: 'Updated',
  // Wording around the claim put right (a title's typo, a broken link): no notice on the claim, listed on /changes.
  fix: 'Fixed',
  retraction: 'Retracted',
  restoration: 'Restored',
  import: 'Imported',
  // The desk's word for a revision saved without publishing (readers never see one).
  draft: 'Draft saved',
  'set-aside': 'Draft set aside',
  // A claim never published, taken off the desk's list (a test, a duplicate), and one brought back: desk-only too.
  discard: 'Draft discarded',
  undiscard: 'Discarded draft restored',
};

/**
 * A draft that waits to be published or set aside. A set-aside revision is stored as a draft too (readers never see
 * it), but it holds what readers see: nothing waits on it. So are a discard and its undoing: each holds the draft it
 * discards or brings back, and its note says why it was discarded or restored, not what the draft changes (a publish
 * would have offered it to readers as the editor's note).
 */
export const isWaitingDraft = (revision: { state: string; change: string }) => revision.state === 'draft' && !['set-aside', 'discard', 'undiscard'].includes(revision.change);

/**
 * A claim whose latest revision discards it: never published, taken off the desk's list. Its revisions are all kept;
 * nothing is saved or published on it until it is restored (store/write.ts).
 */
export const isDiscarded = (latest: { change: string }) => latest.change === 'discard';

/** "Corrected 1 December 2026: <note>; previously 160,000 troops" */
export function claimChangeText(change: Pick<ClaimChange, 'change' | 'date' | 'note' | 'previous'>): string {
  // An editor's note is a sentence of its own, often with its full stop: "143,000.; previously" read as a typo.
  const note = change.previous ? change.note.replace(/[.;,:\s]+$/, '') : change.note;
  return `${CHANGE_LABELS[change.change] ?? change.change} ${formatDate(change.date)}: ${note}${change.previous ? `; previously ${change.previous}` : ''}`;
}

/** One published change as the public change log lists it (/changes, /api/changes, the Atom feed). */
export interface PublicChange {
  dataVersion: number;
  publishedAt: string;
  /** new, correction, update, retraction or import. */
  change: string;
  kind: string;
  key: string;
  note: string;
  /** The figure after the change ("190,000 troops"), and before it when it changed. */
  figure: string | null;
  previous: string | null;
}

/** "CORRECTED · deployed-90k: more than 91,000 troops (previously more than 90,000 troops)" */
export function changeHeadline(entry: PublicChange): string {
  const what = entry.kind === 'claim' ? `claim ${entry.key}` : `the ${entry.kind}`;
  const figure = entry.figure ? `: ${entry.figure}` : '';
  const previous = entry.previous ? ` (previously ${entry.previous})` : '';
  return `${(CHANGE_LABELS[entry.change] ?? entry.change).toUpperCase()} · ${what}${figure}${previous}`;
}

/** One line of /changes: a change, or (`together`) the changes one publish made with one note, counted by kind. */
export type ChangeLine = PublicChange & { together?: Record<string, number> };

/**
 * The change log as /changes shows it: what one publish changed under one note on one line ("36 claims, the scenes,
 * the comparisons and the story"): the first data version, the data files imported, once listed 39 lines, 36 of them
 * alike but for a claim's id, before the first change a reader cares about.
 */
export function changeLines(changes: readonly PublicChange[]): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const change of changes) {
    const last = lines.at(-1);
    if (last && last.dataVersion === change.dataVersion && last.change === change.change && last.note === change.note) {
      const together = last.together ?? { [last.kind]: 1 };
      together[change.kind] = (together[change.kind] ?? 0) + 1;
      lines[lines.length - 1] = { ...last, together };
      continue;
    }
    lines.push(change);
  }
  return lines;
}

/** "36 claims, the scenes and the story": claims counted, the files that are one of a kind named. */
export function togetherWords(together: Record<string, number>): string {
  const parts = Object.entries(together).map(([kind, n]) => (kind === 'claim' ? `${n} claim${n === 1 ? '' : 's'}` : `the ${kind}`));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0] ?? '';
}
