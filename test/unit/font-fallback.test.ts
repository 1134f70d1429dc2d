import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { FONT_STACK } from '@/geo/style';

/** The font metrics Next ships for next/font's fallbacks (capsize's), in font units. */
interface Metrics { ascent: number; descent: number; lineGap: number; unitsPerEm: number; xWidthAvg: number; variants?: Record<string, Metrics> }
const metrics = createRequire(import.meta.url)('next/dist/server/capsize-font-metrics.json') as Record<string, Metrics>;
const css = readFileSync('app/globals.css', 'utf8');

const percent = (value: number) => `${(Math.abs(value) * 100).toFixed(2)}%`;

/** The overrides that size `fallback` like Inter at a weight, computed as next/font computes them. */
function overrides(fallback: string, weight: '400' | '700') {
  const variant = (font: Metrics) => (weight === '700' ? font.variants!['700'] : font);
  const [inter, other] = [variant(metrics.inter), variant(metrics[fallback])];
  const sizeAdjust = (inter.xWidthAvg / inter.unitsPerEm) / (other.xWidthAvg / other.unitsPerEm);
  const em = inter.unitsPerEm * sizeAdjust;
  return { 'size-adjust': percent(sizeAdjust), 'ascent-override': percent(inter.ascent / em), 'descent-override': percent(inter.descent / em), 'line-gap-override': percent(inter.lineGap / em) };
}

function fontFace(family: string, weight: string): Record<string, string> {
  const face = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => Object.fromEntries(
    body.split(';').map((line) => line.trim()).filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  )).find((f) => f['font-family'] === `'${family}'` && f['font-weight'] === weight);
  if (!face) throw new Error(`app/globals.css has no @font-face for ${family} ${weight}`);
  return face;
}

test.each([
  ['Inter Fallback', 'arial', '400'], ['Inter Fallback', 'arial', '700'],
  ['Inter Fallback Roboto', 'roboto', '400'], ['Inter Fallback Roboto', 'roboto', '700'],
] as const)('%s (%s, weight %s) is sized like Inter', (family, fallback, weight) => {
  const face = fontFace(family, weight);
  for (const [property, value] of Object.entries(overrides(fallback, weight))) expect(face[property], property).toBe(value);
});

test('the stand-ins for Inter name the fonts whose metrics they were sized for', () => {
  expect(fontFace('Inter Fallback', '400').src).toMatch(/^local\('Arial'\).*local\('Liberation Sans'\)/);
  expect(fontFace('Inter Fallback', '700').src).toMatch(/^local\('Arial Bold'\).*local\('Liberation Sans Bold'\)/);
  expect(fontFace('Inter Fallback Roboto', '700').src).toMatch(/^local\('Roboto Bold'\)/);
});

test('the page sets text in the font stack of exports, with the stand-ins after Inter, and so do SVGs in the page', () => {
  const body = css.match(/\nbody\s*{[^}]*font-family:\s*([^;]+);/)?.[1];
  expect(body?.replace(/'/g, '"')).toBe(FONT_STACK.replace(/^Inter, /, 'Inter, "Inter Fallback", "Inter Fallback Roboto", '));
  expect(css).toMatch(/\nsvg\s*{\s*font-family:\s*inherit;\s*}/);
});
