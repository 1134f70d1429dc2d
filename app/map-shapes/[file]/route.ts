import { unavailableMessage } from '@/geo/data-file';
import { jsonError } from '@/geo/http-cache';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintShapes } from '@/geo/render/first-paint';
import { currentBuildup } from '@/store/current';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The first paint's shapes that no claim changes (geo/render/first-paint.ts), at an address named by their content:
 * kept for good by browsers and caches. An address that is not this build's (a page rendered before a deploy) is
 * answered with a plain 404 naming it, never with other shapes under its name.
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
  if (shapes === null) {
    return new Response(`The map shapes ${file} are not this build's.\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return new Response(shapes, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' } });
}
