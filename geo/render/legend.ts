/** The key: one swatch drawn with the map's own styles per thing the map shows, in one or two columns. */
import { describeFigure } from '../buildup';
import type { Buildup } from '../buildup';
import type { GeoData } from '../load-geo';
import { LEGEND_LABELS, sizes, type Theme } from '../style';
import { type Block, firstBaseline, text } from './block';
import { kindLabel } from './format';
import { px } from './map-frame';
import { PATTERN } from './patterns';
import { wrapText } from './wrap-text';

type Swatch =
  | { type: 'fill'; colour: string }
  | { type: 'crimea' }
  | { type: 'flank' }
  | { type: 'zone' }
  | { type: 'circle'; kind: string }
  | { type: 'line' }
  | { type: 'dashed-line' };

interface Item { swatch: Swatch; label: string }

export const AREA_NOTE = 'Circle area is proportional to the number of troops.';

export function legendItems(buildup: Buildup, geo: GeoData): Item[] {
  const zoneName = geo.zones.features[0]?.properties?.name ?? 'Border zone';
  const crimeaLine = geo.borders.features.find((f) => f.properties?.id === 'crimea-mainland')?.properties?.name ?? 'Crimea–mainland line';
  const figures = buildup.headline
    .map((id) => buildup.claims.find((c) => c.id === id))
    .filter((c) => c !== undefined && c.value !== null)
    .sort((a, b) => a!.footnote - b!.footnote)
    .map((c) => ({ swatch: { type: 'circle', kind: c!.kind } as Swatch, label: `${kindLabel(c!.kind)}: ${describeFigure(c!)} (${c!.footnote})` }));
  return [
    { swatch: { type: 'fill', colour: 'ukraine' }, label: LEGEND_LABELS.ukraine },
    { swatch: { type: 'crimea' }, label: LEGEND_LABELS.crimea },
    { swatch: { type: 'fill', colour: 'russia' }, label: LEGEND_LABELS.russia },
    { swatch: { type: 'fill', colour: 'belarus' }, label: LEGEND_LABELS.belarus },
    { swatch: { type: 'flank' }, label: LEGEND_LABELS['eastern-flank'] },
    { swatch: { type: 'zone' }, label: String(zoneName) },
    ...figures,
    { swatch: { type: 'line' }, label: 'Russia–Ukraine and Belarus–Ukraine borders' },
    { swatch: { type: 'dashed-line' }, label: String(crimeaLine) },
  ];
}

function drawSwatch(s: Swatch, x: number, y: number, w: number, h: number, theme: Theme, k: number): string {
  const rect = (fill: string, extra = '') => `<rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(h)}" fill="${fill}"${extra}/>`;
  const outline = ` stroke="${theme.mutedText}" stroke-width="${px(0.5 * k)}" stroke-opacity="0.5"`;
  const midY = px(y + h / 2);
  switch (s.type) {
    case 'fill': return rect(theme.fill[s.colour as 'ukraine'], outline);
    case 'crimea': return rect(theme.fill.ukraine) + rect(`url(#${PATTERN.crimea})`, outline);
    case 'flank': return rect(theme.fill['eastern-flank'], outline)
      + `<path d="M${px(x + w)} ${px(y)}L${px(x + w)} ${px(y + h)}L${px(x)} ${px(y + h)}Z" fill="${theme.flankAlternate}"/>`;
    case 'zone': return rect(theme.fill.russia) + rect(theme.reported, ` fill-opacity="0.25"${outline}`);
    case 'circle': {
      const r = h / 2 + 0.5 * k;
      const c = `cx="${px(x + w / 2)}" cy="${midY}" r="${px(r)}" stroke-width="${px(sizes.figureStroke * k)}"`;
      return s.kind === 'projection'
        ? `<circle ${c} fill="url(#${PATTERN.projection})" stroke="${theme.projected}" stroke-dasharray="${sizes.projectionDash.map((n) => px(n * k)).join(' ')}"/>`
        : `<circle ${c} fill="${theme.reported}" fill-opacity="0.35" stroke="${theme.reported}"/>`;
    }
    case 'line': return `<path d="M${px(x)} ${midY}H${px(x + w)}" stroke="${theme.border}" stroke-width="${px(sizes.border * k)}" stroke-linecap="round"/>`;
    case 'dashed-line': return `<path d="M${px(x)} ${midY}H${px(x + w)}" stroke="${theme.crimeaLine}" stroke-width="${px(sizes.crimeaLine * k)}" stroke-dasharray="${sizes.crimeaLineDash.map((n) => px(n * k)).join(' ')}"/>`;
  }
}

export function legendBlock(items: Item[], width: number, columns: number, u: number, k: number, theme: Theme): Block {
  const size = 0.95 * u, lh = size * 1.3, colGap = 1.5 * u, rowGap = 0.45 * u;
  const swW = 2.2 * u, swH = 1.2 * u, swGap = 0.7 * u;
  const colW = (width - (columns - 1) * colGap) / columns;
  const laid = items.map((item) => ({ item, lines: wrapText(item.label, colW - swW - swGap, { size }, 3) }));
  const rows: (typeof laid)[] = [];
  for (let i = 0; i < laid.length; i += columns) rows.push(laid.slice(i, i + columns));
  const rowHeights = rows.map((row) => Math.max(swH, ...row.map((l) => l.lines.length * lh)));
  const noteSize = 0.85 * u, noteLH = noteSize * 1.3;
  const note = wrapText(AREA_NOTE, width, { size: noteSize }, 2);
  const height = rowHeights.reduce((a, b) => a + b, 0) + rowGap * (rows.length - 1) + rowGap + note.length * noteLH;
  return {
    height,
    draw(x, y) {
      const out: string[] = [];
      let top = y;
      rows.forEach((row, r) => {
        row.forEach(({ item, lines }, c) => {
          const left = x + c * (colW + colGap);
          const swTop = top + Math.min(lh, rowHeights[r]) / 2 - swH / 2;
          out.push(drawSwatch(item.swatch, left, swTop, swW, swH, theme, k));
          lines.forEach((line, i) => out.push(text(left + swW + swGap, firstBaseline(top + i * lh, size, lh), line, { size, fill: theme.text })));
        });
        top += rowHeights[r] + rowGap;
      });
      note.forEach((line, i) => out.push(text(x, firstBaseline(top + i * noteLH, noteSize, noteLH), line, { size: noteSize, fill: theme.mutedText })));
      return `<g id="legend">${out.join('')}</g>`;
    },
  };
}
