import { unavailableMessage } from '@/geo/data-file';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';
import { claimLists } from '@/geo/render/claim-lists';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintChart, firstPaintMap } from '@/geo/render/first-paint';
import { currentBuildup } from '@/store/current';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/** Cached like `/api/buildup`, whose polls tell an open dashboard when to ask for this. */
const CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1';

/**
 * The dashboard's lists of claims (the sources with their exact words, the claims table) as the server renders them
 * (geo/render/claim-lists.ts), at the latest data version and drawn at the latest date: the page flips them to its
 * own date. They are not in the page's HTML (which keeps it small; /sources has them for a page without script).
 * `chart=1` adds the chart and `map=1` the server-drawn map (the one under the live map, all a phone shows until the
 * viewer starts the live map), for a page that was open when an editor published.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const withChart = query.get('chart') === '1';
  const withMap = query.get('map') === '1';
  let buildup;
  try {
    buildup = await currentBuildup();
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
    throw error;
  }
  const etag = etagOf(`markup-${buildup.version}${withChart ? '-chart' : ''}${withMap ? '-map' : ''}`);
  if (matchesEtag(request, etag)) return notModified(etag, CACHE_CONTROL);
  const step = buildup.steps.length - 1;
  const body = {
    version: buildup.version,
    ...claimLists({ claims: buildup.claims, steps: buildup.steps, step }),
    ...(withChart ? { chart: firstPaintChart(buildup, step) } : {}),
    ...(withMap ? { map: firstPaintMap(buildup, loadGeo(), step).svg } : {}),
  };
  return Response.json(body, { headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
}
