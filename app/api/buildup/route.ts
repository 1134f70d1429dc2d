import { buildupPayload } from '@/geo/buildup-payload';
import { unavailableMessage } from '@/geo/data-file';
import { etagOf, jsonError, matchesEtag, notModified } from '@/geo/http-cache';
import { readVersionParam, VERSION_PARAM } from '@/geo/pinned-version';
import { currentBuildup, dataAtVersion } from '@/store/current';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/**
 * Browsers revalidate on every poll (the page asks with `cache: 'no-cache'`, whatever its copy's age: cheap with the
 * ETag; polls come 3 s apart); a shared cache (deploy/nginx.conf) answers the polls of everyone behind it for a second,
 * so the origin's load does not grow with viewers, and a publish still reaches open dashboards within about 5 s: at
 * most 2 s at the edge (s-maxage=1, then stale for 1 s while it asks again), a quarter of a second for another
 * instance to see it, and 3 s between polls.
 * A browser may keep it two seconds, for the page's first fetch only: made as its scripts run, it then takes the answer
 * its head's `<link rel="preload">` already brought (MapPreloads). With max-age=0, Chromium revalidated it once the
 * preload had finished: a second round trip, after hydration, before the live map could be created. Not max-age=1:
 * `Date` is in whole seconds, so an answer could arrive up to a second old already, and about half the pages asked
 * again.
 */
const CACHE_CONTROL = 'public, max-age=2, s-maxage=1, stale-while-revalidate=1';
/** A published data version never changes (`?v=N`): any cache may keep it for good. */
const PINNED_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export async function GET(request: Request) {
  const given = new URL(request.url).searchParams.getAll(VERSION_PARAM);
  // As the export API says it: `?v=1&v=2` was answered with version 1, as if the second were not there.
  if (given.length > 1) return jsonError(400, `${VERSION_PARAM} must be given once (got ${given.length} values)`);
  const asked = readVersionParam(given[0]);
  // An empty `v=` is no version either: it was the latest, as if pinned (the export API refuses it too).
  if (asked.kind === 'junk' || given[0] === '') {
    return jsonError(400, `${VERSION_PARAM} must be a data version, a whole number from 1 (got ${JSON.stringify(asked.kind === 'junk' ? asked.raw : '')}).`);
  }
  let payload;
  try {
    if (asked.kind === 'version') {
      const pinned = await dataAtVersion(asked.version);
      if (!pinned) {
        const latest = (await currentBuildup()).dataVersion;
        // Not cached: the version may be published later.
        return jsonError(404, `There is no data version ${asked.version}; the latest is ${latest}.`, {}, { version: asked.version, latest });
      }
      payload = buildupPayload(pinned.buildup);
    } else {
      payload = buildupPayload(await currentBuildup());
    }
  } catch (error) {
    const unavailable = unavailableMessage(error);
    if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
    throw error;
  }
  const cacheControl = asked.kind === 'version' ? PINNED_CACHE_CONTROL : CACHE_CONTROL;
  const etag = etagOf(payload.version);
  if (matchesEtag(request, etag)) return notModified(etag, cacheControl);
  return Response.json(payload, { headers: { ETag: etag, 'Cache-Control': cacheControl } });
}
