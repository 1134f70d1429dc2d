/**
 * Hatch fills, one pattern per hatch layer of the table (geo/layers.ts). `spacing` and `width` are measured
 * across the stripes, as the live map's tiles draw them (geo/map-style.ts); both scale with the symbols (`k`).
 */
import { type MapLayer, MAP_LAYERS } from '../layers';
import type { Palette } from './palette';

/** Referenced ids carry a prefix so an SVG inlined into a page cannot clash with the page's own ids. */
export const patternId = (layerId: string, prefix = 'bm') => `${prefix}-${layerId}`;

export function patternDefs(palette: Palette, k: number, prefix = 'bm', table: readonly MapLayer[] = MAP_LAYERS): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return table.map((layer) => {
    if (layer.paint.type !== 'hatch') return '';
    const { colour, background, spacing, width, angle, opacity } = layer.paint.hatch;
    const s = round(spacing * k);
    const back = background ? `<rect width="${s}" height="${s}"${palette.attrs({ fill: background })}/>` : '';
    return `<pattern id="${patternId(layer.id, prefix)}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(${angle})">`
      + `${back}<rect width="${round(width * k)}" height="${s}"${palette.attrs({ fill: colour })}${opacity !== undefined ? ` fill-opacity="${opacity}"` : ''}/></pattern>`;
  }).join('');
}
