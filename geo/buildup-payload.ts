import 'server-only';
/** What GET /api/buildup serves and the page embeds, so both hand the client the same shape. */
import { summariseClaim, type Buildup, type ClaimSummary } from './buildup';
import { figureLayers, type FigureLayers } from './figure-symbols';
import { loadGeo } from './load-geo';

export interface BuildupPayload extends Buildup { figures: FigureLayers }

/**
 * What a page embeds for its scripts: the payload with each claim summarised and without the figures' placement.
 * Their quotes and citations are in the server-rendered markup; the live map, which alone needs the placement,
 * waits for the whole payload, which the page asks `/api/buildup` for as soon as it runs.
 */
export type PagePayload = Omit<BuildupPayload, 'claims' | 'figures'> & { claims: ClaimSummary[]; figures?: FigureLayers };

/**
 * A few versions are kept, not one: pinned embeds (`?v=N`) ask for old versions between the latest one's requests,
 * and each would otherwise place every figure again.
 */
const KEPT = 4;
const cached = new Map<string, BuildupPayload>();

/** The buildup with its figures placed on the map (computed once per data version). */
export function buildupPayload(buildup: Buildup): BuildupPayload {
  // Least recently used goes first: a hit moves to the end.
  const payload = cached.get(buildup.version) ?? { ...buildup, figures: figureLayers(buildup, loadGeo()) };
  cached.delete(buildup.version);
  if (cached.size >= KEPT) cached.delete(cached.keys().next().value!);
  cached.set(buildup.version, payload);
  return payload;
}

const summaries = new WeakMap<BuildupPayload, PagePayload>();

/** The page's payload of a buildup (see PagePayload), made once per data version. */
export function pagePayload(buildup: Buildup): PagePayload {
  const payload = buildupPayload(buildup);
  let summary = summaries.get(payload);
  if (!summary) {
    const { figures: _placedLater, ...rest } = payload;
    summaries.set(payload, (summary = { ...rest, claims: payload.claims.map(summariseClaim) }));
  }
  return summary;
}
