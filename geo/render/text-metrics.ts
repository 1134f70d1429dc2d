/**
 * Text widths from Inter's own advance widths (cmap + hmtx), so wrapping and label boxes match what resvg
 * draws. Kerning is ignored, which only ever overestimates a little. If a font file cannot be read, an
 * average of 0.55 em a character keeps the layout working.
 */
import { readFileSync } from 'node:fs';
import { type FontWeight, fontFile } from './fonts';

const FALLBACK_EM = 0.55;

interface FontMetrics { advance(codePoint: number): number; has(codePoint: number): boolean }

function parseFont(buf: Buffer): FontMetrics {
  const tables = new Map<string, number>();
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    tables.set(buf.toString('latin1', at, at + 4), buf.readUInt32BE(at + 8));
  }
  const head = tables.get('head')!, hhea = tables.get('hhea')!, hmtx = tables.get('hmtx')!, cmap = tables.get('cmap')!;
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const longMetrics = buf.readUInt16BE(hhea + 34);
  const glyphOf = cmapFormat4(buf, cmap);
  // Widths by code point, filled as characters are met (NaN: not looked up yet). An export measures its source list's
  // text thousands of times while fitting it; a Map's lookups were a quarter of an SVG export's time.
  const cache = new Float64Array(0x10000).fill(NaN);
  const lookUp = (codePoint: number) => {
    const glyph = glyphOf(codePoint);
    return glyph === 0 ? FALLBACK_EM : buf.readUInt16BE(hmtx + 4 * Math.min(glyph, longMetrics - 1)) / unitsPerEm;
  };
  return {
    has: (codePoint) => glyphOf(codePoint) !== 0,
    advance(codePoint) {
      if (codePoint > 0xffff) return lookUp(codePoint);
      let em = cache[codePoint];
      if (Number.isNaN(em)) em = cache[codePoint] = lookUp(codePoint);
      return em;
    },
  };
}

/** The Windows Unicode BMP subtable (3,1), format 4: enough for every character a label or claim uses. */
function cmapFormat4(buf: Buffer, cmap: number): (codePoint: number) => number {
  const count = buf.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + 8 * i;
    if (buf.readUInt16BE(at) === 3 && buf.readUInt16BE(at + 2) === 1) sub = cmap + buf.readUInt32BE(at + 4);
  }
  if (sub < 0 || buf.readUInt16BE(sub) !== 4) return () => 0;
  const segCount = buf.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, offsets = deltas + 2 * segCount;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segCount; s++) {
      if (buf.readUInt16BE(ends + 2 * s) < cp) continue;
      const start = buf.readUInt16BE(starts + 2 * s);
      if (start > cp) return 0;
      const delta = buf.readUInt16BE(deltas + 2 * s), rangeOffset = buf.readUInt16BE(offsets + 2 * s);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = buf.readUInt16BE(offsets + 2 * s + rangeOffset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

const fonts = new Map<FontWeight, FontMetrics>();
function metrics(weight: FontWeight): FontMetrics {
  let font = fonts.get(weight);
  if (!font) {
    try {
      font = parseFont(readFileSync(fontFile(weight)));
    } catch {
      font = { advance: () => FALLBACK_EM, has: () => true };
    }
    fonts.set(weight, font);
  }
  return font;
}

/**
 * Width in ems of `text` set in Inter, added on to `startEm` one character at a time: so the width of a line grown
 * word by word, carried on from the line's own, is the very number `textWidth` gives for the whole line.
 */
export function emWidth(text: string, weight: FontWeight = 400, startEm = 0): number {
  const font = metrics(weight);
  let em = startEm;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character (an emoji); its width is looked up by its code point.
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
    if (next >= 0xdc00 && next <= 0xdfff) {
      em += font.advance(text.codePointAt(i)!);
      i++;
    } else em += font.advance(unit);
  }
  return em;
}

/** Width in px of `text` set in Inter at `size` px. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  return emWidth(text, weight) * size;
}

/**
 * The characters of `text` the shipped font has no glyph for (Chinese, Arabic, emoji…), each once: resvg would draw
 * them as boxes in a PNG or JPEG. Spaces and line breaks need none.
 */
export function missingGlyphs(text: string, weight: FontWeight = 400): string[] {
  const font = metrics(weight);
  return [...new Set([...text].filter((ch) => !/\s/.test(ch) && !font.has(ch.codePointAt(0)!)))];
}
