/**
 * The data's credit in the lower right corner of a bare map export (layout=map-only), where the full layout has its
 * footer: the city names are GeoNames' (CC BY 4.0), which asks for it on every copy, and (asOf) the day the picture
 * shows, which the full layout's footer says. Labels keep clear of it.
 */
import { formatDate } from '../format';
import { ATTRIBUTION } from '../map-words';
import { firstBaseline, text } from './block';
import { px } from './map-frame';
import type { Palette } from './palette';
import type { Rect } from './place-labels';
import type { Box } from './projection';
import { textWidth } from './text-metrics';

/**
 * `sourcesAt`: the address where the numbered figures' sources are listed, on a line above (a picture of the map alone
 * numbered its circles with nothing to say where the numbers lead; a presenter's stage lists them in its caption).
 */
export function mapCredit(box: Box, u: number, palette: Palette, asOf: string | null = null, sourcesAt: string | null = null): { svg: string; rect: Rect } {
  // The full layout's footer size, and its words.
  const size = 0.8 * u, pad = 0.4 * u, lineH = size * 1.5;
  const lines = [sourcesAt ? `Sources of the numbered figures: ${sourcesAt}` : null, asOf ? `As of ${formatDate(asOf)} · ${ATTRIBUTION}` : ATTRIBUTION].filter((l): l is string => l !== null);
  const width = Math.max(...lines.map((l) => textWidth(l, size))) + 2 * pad, height = lines.length * lineH;
  const x = box.x + box.width - width, y = box.y + box.height - height;
  const svg = `<g id="map-credit"><rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${px(height)}"${palette.attrs({ fill: 'panel' })} fill-opacity="0.8"/>`
    + lines.map((line, i) => text(x + width - pad, firstBaseline(y + i * lineH, size, lineH), line, { size, colour: 'mutedText', anchor: 'end' }, palette)).join('') + '</g>';
  return { svg, rect: { x0: x, y0: y, x1: x + width, y1: y + height } };
}
