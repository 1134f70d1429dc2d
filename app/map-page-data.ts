import 'server-only';
/** What every page with a map loads on the server: the claims, the viewer's choices and the server-rendered markup. */
import { mapDescriptionMarkup, mapDescriptionSlot } from '@/components/dashboard/map-description';
import { putMarkup } from '@/components/markup/markup-slot';
import type { Buildup } from '@/geo/buildup';
import { pagePayload } from '@/geo/buildup-payload';
import { currentBuildup } from '@/store/current';
import { loadGeo, loadMetrics } from '@/geo/load-geo';
import { firstPaintChart, firstPaintMap } from '@/geo/render/first-paint';
import { measuredOnThisMapMarkup } from '@/geo/render/measured-markup';
import { sourceLinksThemed } from '@/geo/render/source-links-themed';
import { stepForDate } from '@/geo/timeline';
import { addressNotice } from '@/geo/address-notice';
import { parseViewState } from '@/geo/view-state';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `buildup`: a data version other than the latest (a pinned embed); none: the latest. */
export async function mapPageData(searchParams: SearchParams, pinned?: Buildup) {
  const buildup = pinned ?? (await currentBuildup());
  const initial = pagePayload(buildup);
  const query = await searchParams;
  const state = parseViewState({ query }, { claimIds: initial.claims.map((c) => c.id), steps: initial.steps });
  const step = stepForDate(initial.steps, state.date);
  const { svg, ...firstPaint } = firstPaintMap(buildup, loadGeo(), step, pinned !== undefined);
  // The theme is in the key only where the links carry it (the first paint is otherwise the same for every theme).
  const variant = `${initial.version}-${step}${state.theme ? `-${state.theme}` : ''}`;
  // The map's description in words, which StoryMap's server render finds by its slot (its code stays out of the page's).
  putMarkup(mapDescriptionSlot(initial.version, step, state.hidden), mapDescriptionMarkup(initial, step, state.hidden));
  return {
    initial,
    state,
    /** What the address asked for and the page ignores, and the address to write instead; null: nothing. */
    addressNotice: addressNotice(query, initial.steps),
    firstPaint,
    mapSlot: putMarkup(`map-${variant}${pinned ? '-pinned' : ''}`, sourceLinksThemed(svg, state.theme)),
    /** The dashboard's chart (drawn only when asked for). */
    chartSlot: () => putMarkup(`chart-${variant}`, sourceLinksThemed(firstPaintChart(buildup, step), state.theme)),
    /** The dashboard's "Measured on this map" (the same for every page). */
    measuredSlot: () => putMarkup('measured-on-this-map', measuredOnThisMapMarkup(loadMetrics())),
  };
}
