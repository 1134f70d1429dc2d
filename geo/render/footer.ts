/**
 * The newsroom's credit ("Graphic: Jane Doe, The Daily"), the "As of" date and the map data's attribution on the left,
 * the permalink on the right; stacked when they do not fit. A picture without a map (the chart) has no map data to
 * credit: `attribution: null`.
 */
import type { Palette } from './palette';
import { type Block, firstBaseline, text } from './block';
import { formatDate } from '../format';
import { textWidth } from './text-metrics';
import { wrapText } from './wrap-text';

export interface FooterWords {
  /** The desk's data version (0: from the files alone). */
  dataVersion: number;
  credit: string | null;
  attribution: string | null;
}

export function footerBlock(asOf: string, permalink: string, width: number, u: number, palette: Palette, { dataVersion, credit, attribution }: FooterWords): Block {
  const size = 0.8 * u, lh = size * 1.35;
  // The desk's data version, so a reader can tell one publish's image from the next (and find it in /changes).
  const left = [credit, `As of ${formatDate(asOf)}`, dataVersion > 0 ? `data version ${dataVersion}` : null, attribution].filter(Boolean).join(' · ');
  const together = textWidth(left, size) + 2 * u + textWidth(permalink, size) <= width;
  const lines = together ? [left] : [...wrapText(left, width, { size }), ...wrapText(permalink, width, { size })];
  return {
    height: lines.length * lh,
    draw(x, y) {
      const attrs = { size, colour: 'mutedText' as const };
      const out = lines.map((line, i) => text(x, firstBaseline(y + i * lh, size, lh), line, attrs, palette));
      if (together) out.push(text(x + width, firstBaseline(y, size, lh), permalink, { ...attrs, anchor: 'end' }, palette));
      return `<g id="footer">${out.join('')}</g>`;
    },
  };
}
