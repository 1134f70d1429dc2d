import { unavailableMessage } from '@/geo/data-file';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';
import { claimLists } from '@/geo/render/claim-lists';
import { firstPaintChart } from '@/geo/render/first-paint';
import { currentBuildup } from '@/store/current';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Cached like `/api/buildup`, whose polls tell an open dashboard when to ask for this. */
const CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1';

/**
 * The dashboard's lists of claims (the sources with their exact words, the claims table) as the server renders them
 * (geo/render/claim-lists.ts), at the latest data version and drawn at the latest date: the page flips them to its
 * own date. They are not in the page's HTML (which keeps it small; /sources has them for a page without script).
 * `chart=1` adds the chart, for a dashboard that was open when an editor published.
 */
export async function GET(request: Request) {
  const withChart = new URL(request.url).searchParams.get('chart') === '1';
  let buildup;
  try {
    buildup = await currentBuildup();
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
    throw error;
  }
  const etag = etagOf(`markup-${buildup.version}${withChart ? '-chart' : ''}`);
  if (matchesEtag(request, etag)) return notModified(etag, CACHE_CONTROL);
  const step = buildup.steps.length - 1;
  const body = {
    version: buildup.version,
    ...claimLists({ claims: buildup.claims, steps: buildup.steps, step }),
    ...(withChart ? { chart: firstPaintChart(buildup, step) } : {}),
  };
  return Response.json(body, { headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
}
