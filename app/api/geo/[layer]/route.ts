import { fingerprint } from '@/geo/buildup';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';
import { GEO_LAYERS, geoLayerText, isGeoLayer } from '@/geo/load-geo';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/** Geometry changes only with a new build of the app, so clients may keep it for a day and revalidate. */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

export async function GET(request: Request, { params }: { params: Promise<{ layer: string }> }) {
  const { layer } = await params;
  if (!isGeoLayer(layer)) {
    return jsonError(404, `Unknown geo layer "${layer.slice(0, 40)}". Known layers: ${GEO_LAYERS.join(', ')}.`);
  }
  const text = geoLayerText(layer);
  const etag = etagOf(`${layer}-${fingerprint(text)}`);
  if (matchesEtag(request, etag)) return notModified(etag, CACHE_CONTROL);
  return new Response(text, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8', ETag: etag, 'Cache-Control': CACHE_CONTROL },
  });
}
