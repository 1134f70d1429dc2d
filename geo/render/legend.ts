/** The image's key: the entries of geo/legend.ts, each swatch drawn with the map's own layers, in one or two columns. */
import type { Claim } from '../schema';
import { type LegendEntry, legendNote } from '../legend';
import { MAP_LAYERS, type MapLayer } from '../layers';
import { type Block, firstBaseline, text } from './block';
import type { Palette } from './palette';
import { swatchSvg } from './swatch';
import { wrapText } from './wrap-text';

/**
 * An image's key says where a figure for the whole border area stands: as circles inside Russia, side by side
 * (geo/figure-symbols.ts), which an image read alone, without the page's source cards and scene notes, let a reader
 * take for where the troops stood. Figures about Belarus stand in Belarus. Where its line would cost the image's list a
 * source, the layout leaves it out (render-svg.ts). The page's key has no room for the sentence in its first scripts'
 * budget.
 */
export const BORDER_PLACE_NOTE = 'Border-wide figures are drawn together inside Russia, not at the troops’ positions.';

/** The note under an image's key: the page's (geo/legend.ts), and where a border-wide figure is drawn, its place. */
export function imageLegendNote(entries: readonly LegendEntry[], figures: readonly Pick<Claim, 'where'>[]): string | null {
  const note = legendNote(entries);
  return note && figures.some((f) => f.where.geometry !== 'belarus') ? `${note} ${BORDER_PLACE_NOTE}` : note;
}

export function legendBlock(entries: readonly LegendEntry[], note: string | null, width: number, columns: number, u: number, k: number, palette: Palette, idPrefix: string, table: readonly MapLayer[] = MAP_LAYERS): Block {
  const size = 0.95 * u, lh = size * 1.3, colGap = 1.5 * u, rowGap = 0.45 * u;
  const swW = 2.2 * u, swH = 1.2 * u, swGap = 0.7 * u;
  const colW = (width - (columns - 1) * colGap) / columns;
  const laid = entries.map((entry) => ({ entry, lines: wrapText(entry.label, colW - swW - swGap, { size }, 3) }));
  const rows: (typeof laid)[] = [];
  for (let i = 0; i < laid.length; i += columns) rows.push(laid.slice(i, i + columns));
  const rowHeights = rows.map((row) => Math.max(swH, ...row.map((l) => l.lines.length * lh)));
  const noteSize = 0.85 * u, noteLH = noteSize * 1.3;
  const noteLines = note ? wrapText(note, width, { size: noteSize }, 4) : [];
  const height = rowHeights.reduce((a, b) => a + b, 0) + rowGap * (rows.length - 1) + (noteLines.length ? rowGap + noteLines.length * noteLH : 0);
  return {
    height,
    draw(x, y) {
      const out: string[] = [];
      let top = y;
      rows.forEach((row, r) => {
        row.forEach(({ entry, lines }, c) => {
          const left = x + c * (colW + colGap);
          const swTop = top + Math.min(lh, rowHeights[r]) / 2 - swH / 2;
          out.push(swatchSvg(entry.swatch, { x: left, y: swTop, width: swW, height: swH }, k, palette, idPrefix, table));
          lines.forEach((line, i) => out.push(text(left + swW + swGap, firstBaseline(top + i * lh, size, lh), line, { size, colour: 'text' }, palette)));
        });
        top += rowHeights[r] + rowGap;
      });
      noteLines.forEach((line, i) => out.push(text(x, firstBaseline(top + i * noteLH, noteSize, noteLH), line, { size: noteSize, colour: 'mutedText' }, palette)));
      return `<g id="legend">${out.join('')}</g>`;
    },
  };
}
