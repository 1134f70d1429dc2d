import { buildupPayload } from '@/geo/buildup-payload';
import { unavailableMessage } from '@/geo/data-file';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';
import { currentBuildup } from '@/store/current';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Browsers revalidate on every poll (cheap with the ETag); a shared cache (deploy/nginx.conf) answers the polls of
 * everyone behind it for a second, so the origin's load does not grow with viewers, and a publish still reaches open
 * dashboards within 5 s (1 s here, 1 s for another instance to see it, 3 s between polls).
 */
const CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1';

export async function GET(request: Request) {
  let payload;
  try {
    payload = buildupPayload(await currentBuildup());
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
    throw error;
  }
  const etag = etagOf(payload.version);
  if (matchesEtag(request, etag)) return notModified(etag, CACHE_CONTROL);
  return Response.json(payload, { headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
}
