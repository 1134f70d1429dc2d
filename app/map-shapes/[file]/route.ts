import { unavailableMessage } from '@/geo/data-file';
import { jsonError } from '@/geo/http-cache';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintShapes } from '@/geo/render/first-paint';
import { currentBuildup } from '@/store/current';
import { database } from '@/store/db';
import { keepMapShapes, keptMapShapes } from '@/store/map-shapes';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
// Other methods: a JSON 405 naming the methods it takes (it was Next's empty 405, without Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

const IMMUTABLE = { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' };

/**
 * The first paint's shapes that no claim changes (geo/render/first-paint.ts), at an address named by their content:
 * kept for good by browsers and caches, and in the store (store/map-shapes.ts). An address of an earlier build (a page
 * rendered before a deploy, kept by a cache) gets the shapes that build served; one no build served is a plain 404
 * naming it, never other shapes under its name.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!/^[0-9a-f]{8}\.svg$/.test(file)) {
    return new Response(`No map shapes are named ${JSON.stringify(file.slice(0, 40))}: the name is 8 hex digits and .svg.\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  let shapes;
  try {
    shapes = firstPaintShapes(await currentBuildup(), loadGeo(), file);
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
    throw error;
  }
  if (shapes !== null) {
    // Kept for the pages of this build that outlive it; a store that cannot keep them costs those pages, not this one.
    await database().then((handle) => keepMapShapes(handle, file, shapes)).catch((error: Error) => {
      console.error(`map-shapes: could not keep ${file} in the store: ${error.message}`);
    });
    return new Response(shapes, { headers: IMMUTABLE });
  }
  let kept;
  try {
    kept = await keptMapShapes(await database(), file);
  } catch (error) {
    return jsonError(503, `The map shapes ${file} could not be looked up in the store: ${(error as Error).message}`, { 'Retry-After': '5' });
  }
  if (kept !== null) return new Response(kept, { headers: IMMUTABLE });
  return new Response(`The map shapes ${file} are not this build's, nor an earlier build's.\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
