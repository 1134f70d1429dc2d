/** The chart of figures over time as a block of the publication page: a heading over the chart, at the page's type. */
import type { NumberedClaim } from '../buildup';
import { type Block, firstBaseline, text } from './block';
import { chartSvg } from './chart';
import { px } from './map-frame';
import type { Palette } from './palette';
import { wrapText } from './wrap-text';

export interface ChartBlockInput {
  claims: readonly NumberedClaim[];
  steps: readonly string[];
  step: number;
  palette: Palette;
  /** The page's type unit (geo/render/layout.ts). */
  u: number;
  /** A heading over the chart; none when the page's title is the chart's. */
  heading: string | null;
  /** The footnotes the page lists: only their marks are numbered (ChartOptions.numbered). */
  numbered?: readonly number[];
}

export function chartBlock(input: ChartBlockInput, width: number, height: number): Block {
  const { u, palette } = input;
  const headSize = 0.95 * u, headLH = headSize * 1.4;
  // Wrapped to the block's width: on one line it ran into an A4's right margin.
  const headLines = input.heading ? wrapText(input.heading, width, { size: headSize, weight: 600 }, 2) : [];
  const headH = headLines.length * headLH;
  return {
    height,
    draw(x, y) {
      const head = headLines.map((line, i) => text(x, firstBaseline(y + i * headLH, headSize, headLH), line, { size: headSize, weight: 600, colour: 'text' }, palette)).join('');
      const body = chartSvg({
        claims: input.claims, steps: input.steps, step: input.step, width, height: height - headH, size: 0.85 * u, palette, stepsInCss: false, numbered: input.numbered,
      });
      return `<g id="chart">${head}<g transform="translate(${px(x)} ${px(y + headH)})">${body}</g></g>`;
    },
  };
}
