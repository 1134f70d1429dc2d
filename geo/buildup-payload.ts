import 'server-only';
/** What GET /api/buildup serves and the page embeds, so both hand the client the same shape. */
import type { Buildup } from './buildup';
import { figureLayers, type FigureLayers } from './figure-symbols';
import { loadGeo } from './load-geo';

export interface BuildupPayload extends Buildup { figures: FigureLayers }

let cached: BuildupPayload | null = null;

/** The buildup with its figures placed on the map (computed once per data version). */
export function buildupPayload(buildup: Buildup): BuildupPayload {
  if (cached?.version !== buildup.version) cached = { ...buildup, figures: figureLayers(buildup, loadGeo()) };
  return cached;
}
