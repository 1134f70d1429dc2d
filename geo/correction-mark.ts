import type { ClaimChange } from './buildup';
import { formatDate } from './format';

/**
 * A claim's latest correction, short, for a line that lists the figure (the embed's sources, the panel's figures): "corrected 1 December
 * 2026, previously 160,000 troops". Null when the figure was never corrected (an update is new information, not a
 * wrong figure, and the source card tells it).
 */
export function correctionMark(changes: readonly Pick<ClaimChange, 'change' | 'date' | 'previous'>[] | undefined): string | null {
  const list = changes ?? [];
  const at = list.findLastIndex((c) => c.change === 'correction');
  if (at < 0) return null;
  const last = list[at];
  // A later change of the figure makes "previously" the figure before that one, not before the correction.
  const figureSince = list.slice(at + 1).some((c) => c.previous);
  return `corrected ${formatDate(last.date)}${last.previous && !figureSince ? `, previously ${last.previous}` : ''}`;
}
