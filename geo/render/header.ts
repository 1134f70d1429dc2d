/** Title and subtitle, each wrapped to at most two lines (an over-long override ends in an ellipsis). */
import type { Palette } from './palette';
import { type Block, EMPTY, firstBaseline, text } from './block';
import { wrapText } from './wrap-text';

export function headerBlock(title: string, subtitle: string, width: number, u: number, palette: Palette): Block {
  const titleStyle = { size: 2.1 * u, weight: 700 as const };
  const subStyle = { size: 1.25 * u, weight: 400 as const };
  const titleLines = title.trim() ? wrapText(title, width, titleStyle, 2) : [];
  const subLines = subtitle.trim() ? wrapText(subtitle, width, subStyle, 2) : [];
  const titleLH = titleStyle.size * 1.15, subLH = subStyle.size * 1.3;
  const gap = titleLines.length && subLines.length ? 0.4 * u : 0;
  const height = titleLines.length * titleLH + gap + subLines.length * subLH;
  if (height === 0) return EMPTY;
  return {
    height,
    draw(x, y) {
      const out = titleLines.map((line, i) => text(x, firstBaseline(y + i * titleLH, titleStyle.size, titleLH), line, { ...titleStyle, colour: 'text' }, palette));
      const top = y + titleLines.length * titleLH + gap;
      out.push(...subLines.map((line, i) => text(x, firstBaseline(top + i * subLH, subStyle.size, subLH), line, { ...subStyle, colour: 'mutedText' }, palette)));
      return `<g id="header">${out.join('')}</g>`;
    },
  };
}
