import 'server-only';
/** What every page with a map loads on the server: the claims, the viewer's choices and the server-drawn SVGs. */
import { putFirstPaint } from '@/components/map/first-paint-slot';
import type { Buildup } from '@/geo/buildup';
import { buildupPayload } from '@/geo/buildup-payload';
import { currentBuildup } from '@/store/current';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintChart, firstPaintMap } from '@/geo/render/first-paint';
import { stepForDate } from '@/geo/timeline';
import { parseViewState } from '@/geo/view-state';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `buildup`: a data version other than the latest (a pinned embed); none: the latest. */
export async function mapPageData(searchParams: SearchParams, buildup?: Buildup) {
  const initial = buildupPayload(buildup ?? (await currentBuildup()));
  const state = parseViewState({ query: await searchParams }, { claimIds: initial.claims.map((c) => c.id), steps: initial.steps });
  const step = stepForDate(initial.steps, state.date);
  const { svg, ...firstPaint } = firstPaintMap(initial, loadGeo(), step);
  return {
    initial,
    state,
    firstPaint,
    mapSlot: putFirstPaint(`map-${initial.version}-${step}`, svg),
    chartSlot: putFirstPaint(`chart-${initial.version}-${step}`, firstPaintChart(initial, step)),
  };
}
