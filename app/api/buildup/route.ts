import { buildupPayload } from '@/geo/buildup-payload';
import { unavailableMessage } from '@/geo/data-file';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Revalidated on every poll (cheap with the ETag), so an edited claims file reaches open dashboards. */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export async function GET(request: Request) {
  let payload;
  try {
    payload = buildupPayload();
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
    throw error;
  }
  const etag = etagOf(payload.version);
  if (matchesEtag(request, etag)) return notModified(etag, CACHE_CONTROL);
  return Response.json(payload, { headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
}
