/**
 * One legend swatch as SVG, drawn with the very layers it stands for (geo/layers.ts): the image's key and the
 * page's key both call this, so a swatch cannot drift from the map.
 */
import type { Swatch } from '../legend';
import { layerById, type MapLayer, MAP_LAYERS } from '../layers';
import { ROLE_COLOUR } from '../tokens';
import type { Palette } from './palette';
import { patternId } from './patterns';

const n = (v: number) => String(Math.round(v * 10) / 10);

export interface SwatchBox { x: number; y: number; width: number; height: number }

export function swatchSvg(swatch: Swatch, box: SwatchBox, k: number, palette: Palette, idPrefix = 'bm', table: readonly MapLayer[] = MAP_LAYERS): string {
  const { x, y, width: w, height: h } = box;
  const rect = (attrs: string) => `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${attrs}/>`;
  const edge = `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="none"${palette.attrs({ stroke: 'mutedText' })} stroke-width="${n(0.5 * k)}" stroke-opacity="0.5"/>`;
  switch (swatch.shape) {
    case 'area':
      return swatch.layers.map((id) => {
        const paint = layerById(id, table).paint;
        if (paint.type === 'hatch') return rect(` fill="url(#${patternId(id, idPrefix)})"`);
        if (paint.type !== 'fill') return '';
        const colour = paint.colour === 'role' ? ROLE_COLOUR[swatch.role ?? 'neighbour'] : paint.colour;
        return rect(`${palette.attrs({ fill: colour })}${paint.opacity !== undefined ? ` fill-opacity="${paint.opacity}"` : ''}`);
      }).join('') + edge;
    case 'flank':
      return rect(palette.attrs({ fill: 'flank' }))
        + `<path d="M${n(x + w)} ${n(y)}L${n(x + w)} ${n(y + h)}L${n(x)} ${n(y + h)}Z"${palette.attrs({ fill: 'flankAlternate' })}/>` + edge;
    case 'line': {
      const paint = layerById(swatch.layer, table).paint;
      if (paint.type !== 'line') return '';
      const dash = paint.dash ? ` stroke-dasharray="${paint.dash.map((d) => n(d * k)).join(' ')}"` : '';
      return `<path d="M${n(x)} ${n(y + h / 2)}H${n(x + w)}" fill="none"${palette.attrs({ stroke: paint.colour })} stroke-width="${n(paint.width * k)}" stroke-linecap="${dash ? 'butt' : 'round'}"${dash}/>`;
    }
    case 'circle': {
      const at = `cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" r="${n(h / 2 + 0.5 * k)}"`;
      return swatch.layers.map((id) => {
        const paint = layerById(id, table).paint;
        if (paint.type === 'hatch') return `<circle ${at} fill="url(#${patternId(id, idPrefix)})"/>`;
        if (paint.type === 'fill' && paint.colour !== 'role') return `<circle ${at}${palette.attrs({ fill: paint.colour })}${paint.opacity !== undefined ? ` fill-opacity="${paint.opacity}"` : ''}/>`;
        if (paint.type === 'line') {
          const dash = paint.dash ? ` stroke-dasharray="${paint.dash.map((d) => n(d * k)).join(' ')}"` : '';
          return `<circle ${at} fill="none"${palette.attrs({ stroke: paint.colour })} stroke-width="${n(paint.width * k)}"${dash}/>`;
        }
        return '';
      }).join('');
    }
  }
}
