/** "As of" date and attribution on the left, the permalink on the right; stacked when they do not fit. */
import { ATTRIBUTION, type Theme } from '../style';
import { type Block, firstBaseline, text } from './block';
import { formatDate } from '../format';
import { textWidth } from './text-metrics';
import { wrapText } from './wrap-text';

export function footerBlock(asOf: string, permalink: string, width: number, u: number, theme: Theme): Block {
  const size = 0.8 * u, lh = size * 1.35;
  const left = `As of ${formatDate(asOf)} · ${ATTRIBUTION}`;
  const together = textWidth(left, size) + 2 * u + textWidth(permalink, size) <= width;
  const lines = together ? [left] : [...wrapText(left, width, { size }), ...wrapText(permalink, width, { size })];
  return {
    height: lines.length * lh,
    draw(x, y) {
      const attrs = { size, fill: theme.mutedText };
      const out = lines.map((line, i) => text(x, firstBaseline(y + i * lh, size, lh), line, attrs));
      if (together) out.push(text(x + width, firstBaseline(y, size, lh), permalink, { ...attrs, anchor: 'end' }));
      return `<g id="footer">${out.join('')}</g>`;
    },
  };
}
