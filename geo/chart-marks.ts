/**
 * How the chart marks a figure: its series by colour and shape, and which figures it plots. Small and free of d3, for
 * the page's words (geo/chart-summary.ts) as well as the renderer (geo/render/chart.ts).
 */
import type { ClaimSummary } from './buildup';
import { SERIES_LABELS, type Series } from './series';
import type { ColourToken } from './style';

/** Each series' colour and mark, and how figures outside any series are drawn. */
export const SERIES_MARKS: Record<Series | 'other', { colour: ColourToken; shape: 'circle' | 'square' | 'triangle' | 'diamond'; label: string }> = {
  ukraine: { colour: 'seriesUkraine', shape: 'circle', label: SERIES_LABELS.ukraine },
  us: { colour: 'seriesUs', shape: 'square', label: SERIES_LABELS.us },
  nato: { colour: 'seriesNato', shape: 'triangle', label: SERIES_LABELS.nato },
  other: { colour: 'seriesOther', shape: 'diamond', label: 'Outlets (estimates not attributed)' },
};

/** The troop figures a chart plots: every claim with a number of troops. */
export const chartClaims = <C extends ClaimSummary>(claims: readonly C[]) => claims.filter((c) => c.value !== null && c.unit === 'troops');

const n = (v: number) => String(Math.round(v * 10) / 10);

export function markPath(shape: string, x: number, y: number, r: number): string {
  switch (shape) {
    case 'square': return `M${n(x - r)} ${n(y - r)}h${n(2 * r)}v${n(2 * r)}h${n(-2 * r)}z`;
    case 'triangle': return `M${n(x)} ${n(y - r * 1.15)}L${n(x + r * 1.1)} ${n(y + r * 0.8)}L${n(x - r * 1.1)} ${n(y + r * 0.8)}z`;
    case 'diamond': return `M${n(x)} ${n(y - r * 1.2)}L${n(x + r * 1.2)} ${n(y)}L${n(x)} ${n(y + r * 1.2)}L${n(x - r * 1.2)} ${n(y)}z`;
    default: return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
  }
}

/** The chart's key: each series' mark, and what the fills say. */
export function chartKeyItems(claims: readonly ClaimSummary[]) {
  const present = new Set(chartClaims(claims).map((c) => c.series ?? 'other'));
  return (Object.keys(SERIES_MARKS) as (keyof typeof SERIES_MARKS)[]).filter((s) => present.has(s)).map((s) => ({ key: s, ...SERIES_MARKS[s] }));
}
