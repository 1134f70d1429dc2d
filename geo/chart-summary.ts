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

const figure = (c: ClaimSummary) => `${describeFigure(c)} (${c.kind}${scopeLabel(c.scope) ? `, ${scopeLabel(c.scope)}` : ''}) on ${formatDate(c.saidOn)}`;

export function chartSummary(known: readonly ClaimSummary[], date: string): string {
  const plotted = chartClaims(known);
  if (plotted.length === 0) return `No troop figure had been given by ${formatDate(date)}.`;
  const groups = (Object.keys(SERIES_MARKS) as (keyof typeof SERIES_MARKS)[]).map((series) => ({
    series, claims: plotted.filter((c) => (c.series ?? 'other') === series).sort(byDateSaid),
  })).filter((g) => g.claims.length > 0);
  const parts = groups.map(({ series, claims }) => {
    const label = SERIES_MARKS[series].label;
    if (claims.length === 1) return `${label}: ${figure(claims[0])}`;
    return `${label}, ${claims.length} figures: first ${figure(claims[0])}, latest ${figure(claims.at(-1)!)}`;
  });
  return `${plotted.length} troop figure${plotted.length === 1 ? '' : 's'} known by ${formatDate(date)}. ${parts.join('. ')}.`;
}
