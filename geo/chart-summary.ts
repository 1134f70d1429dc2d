/**
 * The chart in words, for screen readers and anyone who cannot see it: for each series, its first and latest figure
 * known by the date and how many it gave, with each scope named, so the words never suggest growth across scopes.
 * The claims table is the chart's full alternative; this is its summary.
 */
import type { ClaimSummary } from './buildup';
import { describeFigure } from './buildup';
import { byDateSaid } from './by-date-said';
import { formatDate } from './format';
import { chartClaims, SERIES_MARKS } from './chart-marks';
import { scopeLabel } from './scope-words';

const counted = (c: ClaimSummary) => `${describeFigure(c)} (${c.kind}${scopeLabel(c.scope) ? `, ${scopeLabel(c.scope)}` : ''})`;
const figure = (c: ClaimSummary) => `${counted(c)} on ${formatDate(c.saidOn)}`;
/**
 * The latest day's figures, all of them: one statement's two counts (126,000 ground troops and 148,000 with naval
 * and air, both 16 February) are both latest, and naming one of them contradicted the panel, which shows the other.
 */
const latest = (claims: readonly ClaimSummary[]) => {
  const day = claims.at(-1)!.saidOn;
  return `${claims.filter((c) => c.saidOn === day).map(counted).join(' and ')} on ${formatDate(day)}`;
};

export function chartSummary(known: readonly ClaimSummary[], date: string): string {
  const plotted = chartClaims(known);
  if (plotted.length === 0) return `No troop figure had been given by ${formatDate(date)}.`;
  const groups = (Object.keys(SERIES_MARKS) as (keyof typeof SERIES_MARKS)[]).map((series) => ({
    series, claims: plotted.filter((c) => (c.series ?? 'other') === series).sort(byDateSaid),
  })).filter((g) => g.claims.length > 0);
  const parts = groups.map(({ series, claims }) => {
    const label = SERIES_MARKS[series].label;
    if (claims.length === 1) return `${label}: ${figure(claims[0])}`;
    return `${label}, ${claims.length} figures: first ${figure(claims[0])}, latest ${latest(claims)}`;
  });
  return `${plotted.length} troop figure${plotted.length === 1 ? '' : 's'} known by ${formatDate(date)}. ${parts.join('. ')}.`;
}
