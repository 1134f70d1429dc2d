import 'server-only';
/**
 * The work a ready raster thread is warmed with (geo/render/raster-pool.ts, keepWarm): a small SVG export of the
 * default view from the latest data, which loads the map's shapes, the fonts and the renderer's code on that thread.
 */
import { parseExportParams } from '@/geo/render/params';
import { rasterPool } from '@/geo/render/raster';
import type { RasterWork } from '@/geo/render/raster-step';
import { currentData } from './current';

const WARM_UP_QUERY = 'width=640&height=360&format=svg';

export async function warmUpWork(): Promise<RasterWork> {
  const parsed = parseExportParams(new URLSearchParams(WARM_UP_QUERY));
  if (!parsed.ok || parsed.params.format !== 'svg') throw new Error(`the warm-up export is refused: ${parsed.ok ? 'not an SVG' : parsed.errors.join('; ')}`);
  const { buildup } = await currentData();
  return { kind: 'export-svg', params: { ...parsed.params, format: 'svg' }, inputs: { buildup, baseUrl: 'http://localhost' } };
}

export function keepRasterThreadWarm() {
  rasterPool().keepWarm(warmUpWork);
}
