import 'server-only';
/** What every page with a map loads on the server: the claims, the viewer's choices and the first-paint SVG. */
import { putFirstPaint } from '@/components/map/first-paint-slot';
import { buildupPayload } from '@/geo/buildup-payload';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintMap } from '@/geo/render/first-paint';
import { parseViewState } from '@/geo/view-state';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function mapPageData(searchParams: SearchParams) {
  const initial = buildupPayload();
  const state = parseViewState({ query: await searchParams }, { claimIds: initial.claims.map((c) => c.id) });
  const { svg, ...firstPaint } = firstPaintMap(initial, loadGeo());
  const slot = putFirstPaint(`first-paint-${initial.version}`, svg);
  return { initial, state, firstPaint, slot };
}
