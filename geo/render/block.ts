/** A laid-out piece of the page: measured first, drawn once its place is known. */
import { escapeXml } from './escape-xml';
import type { FontWeight } from './fonts';
import type { ColourToken } from '../style';
import { px } from './map-frame';
import type { Palette } from './palette';

export interface Block {
  height: number;
  draw(x: number, y: number): string;
}

export const EMPTY: Block = { height: 0, draw: () => '' };

export interface TextAttrs { size: number; weight?: FontWeight; colour: ColourToken; anchor?: 'start' | 'middle' | 'end' }

export function text(x: number, y: number, content: string, a: TextAttrs, palette: Palette): string {
  const anchor = a.anchor && a.anchor !== 'start' ? ` text-anchor="${a.anchor}"` : '';
  return `<text x="${px(x)}" y="${px(y)}" font-size="${px(a.size)}" font-weight="${a.weight ?? 400}"${palette.attrs({ fill: a.colour })}${anchor}>${escapeXml(content)}</text>`;
}

/** Baseline of a line whose box starts at `top`, placed so the letters sit in the middle of the line box. */
export const firstBaseline = (top: number, size: number, lineHeight: number) => top + (lineHeight - size) / 2 + 0.8 * size;

/** `top`, then `bottom` under it after `gap` (no gap when either is empty). */
export function stackBlocks(top: Block, bottom: Block, gap: number): Block {
  if (!bottom.height) return top;
  if (!top.height) return bottom;
  return { height: top.height + gap + bottom.height, draw: (x, y) => top.draw(x, y) + bottom.draw(x, y + top.height + gap) };
}
