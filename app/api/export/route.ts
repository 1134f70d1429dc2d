/**
 * GET /api/export: the map as PNG, JPEG or SVG for a view (or a presenter scene), size and theme given in the
 * query string (geo/render/params.ts says what is accepted). Work is bounded by geo/render's shared limiter.
 * `v=N` draws published data version N as it was; such an address never changes and is cached for good.
 */
import { fingerprint } from '@/geo/buildup';
import { buildupPayload } from '@/geo/buildup-payload';
import { bytesStream } from '@/geo/bytes-stream';
import { unavailableMessage } from '@/geo/data-file';
import { jsonError, matchesEtag } from '@/geo/http-cache';
import { loadGeo } from '@/geo/load-geo';
import { presenterScenes } from '@/geo/presenter-scenes';
import { currentData, type Current, dataAtVersion, refreshCurrent } from '@/store/current';
import { appOrigin } from '@/store/origin';
import { stepForDate } from '@/geo/timeline';
import { CONTENT_TYPES, exportEtag, exportFilename, exportLimiter, exportWeight, rasterTextProblems, renderExport, RETRY_AFTER_SECONDS, unprintableText } from '@/geo/render/export';
import { UNPRINTABLE_HEADER, unprintableHeader } from '@/geo/render/unprintable';
import { BusyError, TimeoutError } from '@/geo/render/limiter';
import { parseExportParams, pinnedVersion } from '@/geo/render/params';
import type { PresenterScene } from '@/geo/scene-camera';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/** A published data version never changes, so neither does its picture. */
const PINNED_CACHE = 'public, max-age=31536000, immutable';
/**
 * The latest data: browsers revalidate by ETag every time; shared caches keep it 2 s and may serve it 3 s more while
 * they revalidate, so a correction is in every export within 5 s.
 */
const LATEST_CACHE = 'public, max-age=0, s-maxage=2, stale-while-revalidate=3';
const RETRY = { 'Retry-After': '5' };

/**
 * The data `v=N` names, or the latest. A version newer than this process knows may just have been published by
 * another instance: the store is asked once more before the answer is no.
 */
async function dataFor(version: number | null): Promise<Current | null> {
  if (version === null) return currentData();
  const data = await dataAtVersion(version);
  if (data || version <= (await currentData()).buildup.dataVersion) return data;
  await refreshCurrent();
  return dataAtVersion(version);
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const version = pinnedVersion(url.searchParams);
  let data: Current | null;
  try {
    data = await dataFor(version);
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, RETRY);
    throw error;
  }
  if (!data) {
    const latest = (await currentData()).buildup.dataVersion;
    return jsonError(404, `There is no data version ${version}; the latest is ${latest}.`, {}, { version, latest });
  }
  const scenes: PresenterScene[] = presenterScenes(data.scenes, buildupPayload(data.buildup).figures);

  try {
    const { buildup } = data;
    const parsed = parseExportParams(url.searchParams, { sceneCount: scenes.length, steps: buildup.steps });
    if (!parsed.ok) return jsonError(400, parsed.errors.join('; '), {}, { errors: parsed.errors });
    const params = parsed.params;
    const refused = rasterTextProblems(params);
    if (refused.length) return jsonError(400, refused.join('; '), {}, { errors: refused });
    const unprintable = unprintableHeader(unprintableText(params));
    // The address readers reach (the Host they asked), not the one the server listens on: images printed
    // http://0.0.0.0:3000 as their sources' address when the server listened on every interface.
    const baseUrl = process.env.BUILDUP_PUBLIC_URL?.replace(/\/+$/, '') || appOrigin(request);
    const scene = params.scene !== null ? scenes[params.scene - 1] : null;
    const etag = exportEtag(params, `${buildup.version}${scene ? `-${fingerprint(JSON.stringify(scene))}` : ''}`, baseUrl);
    const cacheHeaders = { ETag: etag, 'Cache-Control': params.version === null ? LATEST_CACHE : PINNED_CACHE };
    if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders });

    const { bytes: body, headline } = await exportLimiter.run((signal) => renderExport(params, { buildup, geo: loadGeo(), baseUrl, scene, signal }), { weight: exportWeight(params) });
    // The worker's transferred bytes, sent in slices without a copy (bytes-stream.ts).
    return new Response(bytesStream(body), {
      status: 200,
      headers: {
        ...cacheHeaders,
        'Content-Type': CONTENT_TYPES[params.format],
        'Content-Length': String(body.length),
        'Content-Disposition': `inline; filename="${exportFilename(params, buildup.story.title, buildup.steps[stepForDate(buildup.steps, scene?.date ?? params.date)], headline)}"`,
        'X-Content-Type-Options': 'nosniff',
        // An SVG draws any text; the dialog's preview learns here what a PNG or JPEG of the same picture would refuse.
        ...(params.format === 'svg' && unprintable ? { [UNPRINTABLE_HEADER]: unprintable } : {}),
      },
    });
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, RETRY);
    const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
    if (error instanceof BusyError) return jsonError(503, 'Too many exports in progress; try again in a few seconds.', retry);
    if (error instanceof TimeoutError) return jsonError(503, `The export took longer than ${error.timeoutMs / 1000} s; try a smaller size or scale.`, retry);
    console.error('[export] render failed:', error);
    return jsonError(500, 'The export failed on the server.');
  }
}
