/**
 * Text and markers on the map, drawn bottom to top: cities, seas, the Crimea note, numbered callouts. Space is
 * claimed in another order (callouts, the note, capitals, other cities, seas): a city or sea label that would
 * collide or leave the map is not drawn at all.
 */
import { geoPath } from 'd3-geo';
import { sizes } from '../style';
import { escapeXml } from './escape-xml';
import type { FontWeight } from './fonts';
import { type MapFrame, px } from './map-frame';
import { LabelSpace, type Rect, textRect } from './place-labels';
import { textWidth } from './text-metrics';

export const CRIMEA_NOTE = 'Crimea: occupied by Russia since 2014';
type Anchor = 'start' | 'middle' | 'end';
const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);
interface Label { x: number; y: number; text: string; size: number; weight: FontWeight; anchor: Anchor; rect: Rect }

function project(frame: MapFrame, lngLat: [number, number] | number[]): [number, number] | null {
  const p = frame.projection([lngLat[0], lngLat[1]]);
  if (!p) return null;
  const { x, y, width, height } = frame.box;
  return p[0] >= x && p[0] <= x + width && p[1] >= y && p[1] <= y + height ? [p[0], p[1]] : null;
}

function label(x: number, y: number, text: string, size: number, weight: FontWeight, anchor: Anchor, pad: number): Label {
  return { x, y, text, size, weight, anchor, rect: textRect(x, y, textWidth(text, size, weight), size, anchor, pad) };
}

const textEl = (l: Label, attrs: string) =>
  `<text x="${px(l.x)}" y="${px(l.y)}" font-size="${px(l.size)}" font-weight="${l.weight}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}${attrs}>${escapeXml(l.text)}</text>`;

export function drawLabels(frame: MapFrame): string {
  const { theme, k, box, geo } = frame;
  const space = new LabelSpace({ x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height });
  const halo = 3 * k;
  const haloAttrs = ` fill="${theme.text}" stroke="${theme.textHalo}" stroke-width="${px(halo)}" stroke-linejoin="round" paint-order="stroke"`;
  const out: string[] = [];

  const callouts: string[] = [];
  const r = (sizes.callout / 2) * k;
  for (const f of frame.data.figures.callouts.features) {
    const anchor = project(frame, f.geometry.coordinates);
    if (!anchor) continue;
    // Pulled inside the frame when its anchor lies near an edge, so no callout is ever cut in half.
    const at = [clamp(anchor[0], box.x + r + k, box.x + box.width - r - k), clamp(anchor[1], box.y + r + k, box.y + box.height - r - k)];
    // A square of about the circle's area: its bounding box would keep labels off corners the circle leaves empty.
    const half = 0.9 * r;
    space.take({ x0: at[0] - half, y0: at[1] - half, x1: at[0] + half, y1: at[1] + half });
    const size = r * 1.1;
    callouts.push(`<g class="callout" data-footnote="${f.properties.footnote}"><circle cx="${px(at[0])}" cy="${px(at[1])}" r="${px(r)}" fill="${theme.text}" stroke="${theme.textHalo}" stroke-width="${px(1.5 * k)}"/>`
      + `<text x="${px(at[0])}" y="${px(at[1] + size * 0.36)}" font-size="${px(size)}" font-weight="700" text-anchor="middle" fill="${theme.textHalo}">${escapeXml(f.properties.label)}</text></g>`);
  }

  // The note goes just south of the peninsula, over the Black Sea, or else west of it.
  const noteSize = sizes.seaLabel * k;
  const [[cx0, cy0], [cx1, cy1]] = geoPath(frame.projection).bounds(frame.data.crimea);
  const crimeaShown = Number.isFinite(cx0) && cx1 > cx0;
  const note = crimeaShown ? space.place([
    label((cx0 + cx1) / 2, cy1 + noteSize * 1.1, CRIMEA_NOTE, noteSize, 600, 'middle', halo),
    label(cx0 - noteSize * 0.6, (cy0 + cy1) / 2 + noteSize * 0.35, CRIMEA_NOTE, noteSize, 600, 'end', halo),
  ]) : null;

  const cities = geo.cities.features
    .filter((f) => f.properties?.rank === 1 || frame.detailed)
    .sort((a, b) => Number(b.properties?.capital) - Number(a.properties?.capital) || a.properties?.rank - b.properties?.rank);
  const dots: string[] = [];
  const names: string[] = [];
  const dotR = sizes.cityDot * k;
  for (const f of cities) {
    const at = project(frame, f.geometry.coordinates);
    if (!at) continue;
    const dot = { x0: at[0] - dotR, y0: at[1] - dotR, x1: at[0] + dotR, y1: at[1] + dotR };
    if (!space.fits(dot)) continue;
    const capital = Boolean(f.properties?.capital);
    const size = (capital ? sizes.capitalLabel : sizes.cityLabel) * k;
    const weight: FontWeight = capital ? 600 : 400;
    const gap = dotR + 2 * k;
    const mid = at[1] + size * 0.34;
    const name = String(f.properties?.name ?? '');
    const placed = space.place([
      label(at[0] + gap, mid, name, size, weight, 'start', halo),
      label(at[0] - gap, mid, name, size, weight, 'end', halo),
      label(at[0], at[1] - gap - size * 0.25, name, size, weight, 'middle', halo),
      label(at[0], at[1] + gap + size * 0.8, name, size, weight, 'middle', halo),
    ]);
    if (!placed) continue;
    space.take(dot);
    dots.push(`<circle cx="${px(at[0])}" cy="${px(at[1])}" r="${px(dotR)}"${capital ? ` stroke="${theme.textHalo}" stroke-width="${px(k)}"` : ''}/>`);
    names.push(textEl(placed, ''));
  }
  out.push(`<g id="cities"><g fill="${theme.cityDot}">${dots.join('')}</g><g${haloAttrs}>${names.join('')}</g></g>`);

  const seaSize = sizes.seaLabel * k;
  const seas: string[] = [];
  for (const f of geo.labels.features) {
    const at = project(frame, f.geometry.coordinates);
    if (!at) continue;
    const name = String(f.properties?.name ?? '');
    const placed = space.place([0, 1, -1, 2].map((shift) => label(at[0], at[1] + shift * seaSize * 1.3, name, seaSize, 400, 'middle', halo / 2)));
    if (placed) seas.push(textEl(placed, ''));
  }
  out.push(`<g id="seas" font-style="italic" fill="${theme.mutedText}">${seas.join('')}</g>`);
  if (note) out.push(`<g id="crimea-note">${textEl(note, haloAttrs)}</g>`);
  out.push(`<g id="callouts">${callouts.join('')}</g>`);
  return out.join('');
}

