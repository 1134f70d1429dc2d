import 'server-only';
/** What GET /api/buildup serves and the page embeds, so both hand the client the same shape. */
import type { Buildup } from './buildup';
import { figureLayers, type FigureLayers } from './figure-symbols';
import { loadGeo } from './load-geo';

export interface BuildupPayload extends Buildup { figures: FigureLayers }

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
