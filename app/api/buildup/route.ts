import { buildupPayload } from '@/geo/buildup-payload';
import { unavailableMessage } from '@/geo/data-file';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';
import { currentBuildup } from '@/store/current';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Revalidated on every poll (cheap with the ETag), so a publish reaches open dashboards within seconds. */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

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
