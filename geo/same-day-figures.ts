/**
 * Figures one series gave on one day about one place, of one role (counts and estimates, or plans): the map and the
 * figures panel show one of them for that day (geo/figure-stacks.ts: the one counting the most forces, then the
 * largest), the others only in the list of what was said that day and on the chart. The desk says so as the editor
 * adds such a figure: a reader could take the one shown for growth or a fall where only the scope differs.
 */
import { describeFigure, type ClaimSummary } from './buildup';
import { figureStacks } from './figure-stacks';
import { formatDate } from './format';
import { scopeLabel } from './scope-words';
import { SERIES_LABELS } from './series';

const placeOf = (c: ClaimSummary) => (c.where.geometry === 'belarus' ? 'belarus' : 'border-zone');
const roleOf = (c: ClaimSummary) => (c.kind === 'projection' ? 'plan' : 'in-place');
const named = (c: ClaimSummary) => `${describeFigure(c)}${scopeLabel(c.scope) ? ` (${scopeLabel(c.scope)})` : ''}`;

/** The desk's note on `id` among `claims` (with `steps`, the timeline's days), or null when it has no such sibling. */
export function sameDayNote(claims: readonly ClaimSummary[], steps: readonly string[], id: string): string | null {
  const claim = claims.find((c) => c.id === id);
  if (!claim || claim.value === null || claim.unit !== 'troops' || !claim.series) return null;
  const siblings = claims.filter((c) => c.id !== id && c.value !== null && c.unit === 'troops' && c.series === claim.series
    && c.saidOn === claim.saidOn && placeOf(c) === placeOf(claim) && roleOf(c) === roleOf(claim));
  if (siblings.length === 0) return null;
  const shown = figureStacks(claims, steps).flatMap((s) => s.spans).find((s) => s.claim.saidOn === claim.saidOn
    && s.claim.series === claim.series && placeOf(s.claim) === placeOf(claim) && s.role === roleOf(claim))?.claim;
  const others = siblings.map(named).join('; ');
  const head = `${SERIES_LABELS[claim.series]} also gave ${others} on ${formatDate(claim.saidOn)}. The map and the figures show one figure of a series a day, the one counting the most forces (then the largest)`;
  return shown?.id === id
    ? `${head}: this one stands for that day; the others are listed as said that day and on the chart, each with its scope.`
    : `${head}: ${shown ? named(shown) : 'another'} stands for that day; this one is listed as said that day and on the chart, not on the map.`;
}
