/** A picture as GET /api/export draws it for a query, presenter scenes included, for unit tests. */
import { buildupPayload } from '@/geo/buildup-payload';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { loadScenes } from '@/geo/load-scenes';
import { presenterScenes } from '@/geo/presenter-scenes';
import { exportRenderOptions } from '@/geo/render/export-picture';
import { parseExportParams } from '@/geo/render/params';
import { renderMap } from '@/geo/render/render-svg';

export const BASE_URL = 'https://maps.example';

export function exportPicture(query: string) {
  const buildup = loadBuildup();
  const scenes = presenterScenes(loadScenes(), buildupPayload(buildup).figures);
  const parsed = parseExportParams(new URLSearchParams(query), { sceneCount: scenes.length, steps: buildup.steps });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scene = parsed.params.scene !== null ? scenes[parsed.params.scene - 1] : null;
  return renderMap(exportRenderOptions(parsed.params, { buildup, baseUrl: BASE_URL, scene }, loadGeo()));
}
