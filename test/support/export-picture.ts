/** A picture as GET /api/export draws it for a query (views only: no presenter scene is looked up), for unit tests. */
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { exportRenderOptions } from '@/geo/render/export-picture';
import { parseExportParams } from '@/geo/render/params';
import { renderMap } from '@/geo/render/render-svg';

export const BASE_URL = 'https://maps.example';

export function exportPicture(query: string) {
  const buildup = loadBuildup();
  const parsed = parseExportParams(new URLSearchParams(query), { sceneCount: 0, steps: buildup.steps });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return renderMap(exportRenderOptions(parsed.params, { buildup, baseUrl: BASE_URL }, loadGeo()));
}
