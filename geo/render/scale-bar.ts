/** A scale bar true at the map's centre latitude, a round number of km about a fifth of the map wide. */
import type { Palette } from './palette';
import type { Rect } from './place-labels';
import { text } from './block';
import { textWidth } from './text-metrics';
import { px } from './map-frame';
import { type Box, metresPerPixel } from './projection';
import type { View } from '../view';

const NICE = [1, 2, 5];

/** The largest 1, 2 or 5 × 10^n km that is at most `maxKm`. */
export function roundKm(maxKm: number): number {
  const power = 10 ** Math.floor(Math.log10(maxKm));
  return power * Math.max(...NICE.filter((n) => n * power <= maxKm));
}

export interface ScaleBar { svg: string; rect: Rect }

/** The bar, and the box it covers (labels keep out of it). */
export function scaleBar(view: View, box: Box, u: number, k: number, palette: Palette): ScaleBar {
  const kmPerPx = metresPerPixel(view.zoom, view.lat) / 1000;
  const km = roundKm((box.width * 0.2) * kmPerPx);
  const length = km / kmPerPx;
  const size = 0.85 * u, pad = 0.6 * u, barH = 0.35 * u;
  const x = box.x + u, bottom = box.y + box.height - u;
  const label = `${String(km).replace(/\B(?=(\d{3})+$)/g, ',')} km`;
  const boxW = Math.max(length, textWidth(label, size, 600)) + 2 * pad;
  const height = pad * 2 + size + 0.4 * u + barH;
  const top = bottom - height;
  const barY = bottom - pad - barH;
  const svg = `<g id="scale-bar" data-km="${km}">`
    + `<rect x="${px(x)}" y="${px(top)}" width="${px(boxW)}" height="${px(height)}" rx="${px(0.3 * u)}"${palette.attrs({ fill: 'panel' })} fill-opacity="0.85"/>`
    + `<rect x="${px(x + pad)}" y="${px(barY)}" width="${px(length / 2)}" height="${px(barH)}"${palette.attrs({ fill: 'text' })}/>`
    + `<rect x="${px(x + pad + length / 2)}" y="${px(barY)}" width="${px(length / 2)}" height="${px(barH)}"${palette.attrs({ fill: 'panel', stroke: 'text' })} stroke-width="${px(0.6 * k)}"/>`
    + text(x + pad, top + pad + 0.8 * size, label, { size, weight: 600, colour: 'text' }, palette)
    + '</g>';
  return { svg, rect: { x0: x, y0: top, x1: x + boxW, y1: bottom } };
}
