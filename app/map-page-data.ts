/** What every page with a map loads on the server: the claims, the viewer's choices and the first-paint SVG. */
import { buildupPayload } from '@/geo/buildup-payload';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintMap } from '@/geo/render/first-paint';
import { parseDashboardQuery } from '@/geo/url-state';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function mapPageData(searchParams: SearchParams) {
  const initial = buildupPayload();
  const query = parseDashboardQuery(await searchParams, initial.claims.map((c) => c.id));
  const { svg, ...firstPaint } = firstPaintMap(initial, loadGeo(), query.theme ?? 'light');
  return { initial, query, svg, firstPaint };
}
