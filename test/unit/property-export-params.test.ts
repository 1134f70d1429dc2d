/**
 * Property tests of the export's query parser: any query string is either a bounded render or a 400 whose
 * every message says which parameter is wrong. The render cost is what is at stake, so the bounds are checked
 * on every accepted result rather than on examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenes } from '@/geo/load-scenes';
import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '@/geo/region';
import { BACKGROUNDS, FORMATS, LAYOUTS, LIMITS, parseExportParams } from '@/geo/render/params';
import { THEMES } from '@/geo/style';
import { HOSTILE_STRINGS, QUERY_KEYS } from '@/test/fuzz/hostile';

const RUNS = { numRuns: 3000 };
const KNOWN = ['zoom', 'lat', 'lng', 'scene', 'hide', 'width', 'height', 'scale', 'format', 'theme', 'background', 'layout', 'title', 'subtitle', 'credit', 'v', 'dpi'];
const SCENE_COUNT = loadScenes().scenes.length;
const LAYERS = ['figures', 'zone', 'cities'];

const hostile = fc.constantFrom(...HOSTILE_STRINGS);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), hostile);
const integerText = (min: number, max: number) => fc.integer({ min, max }).map(String);
/** Ways a number gets written that a lax parser might take: padding, signs, exponents, fractions, digits in other scripts. */
const oddNumber = fc.oneof(
  fc.double().map(String),
  fc.tuple(fc.constantFrom('', ' ', '+', '0', '\u00a0', '\u200b', '\t'), fc.integer({ min: 0, max: 9000 }), fc.constantFrom('', ' ', '.0', 'e0', 'px', '\n'))
    .map(([before, n, after]) => `${before}${n}${after}`),
  fc.stringMatching(/^-?\d{1,30}(\.\d{0,30})?$/),
);
const valueFor: Record<string, fc.Arbitrary<string>> = {
  zoom: fc.double({ min: 0, max: 12, noNaN: true }).map(String),
  lat: fc.double({ min: 30, max: 70, noNaN: true }).map(String),
  lng: fc.double({ min: 0, max: 60, noNaN: true }).map(String),
  scene: integerText(-1, 12),
  hide: fc.array(fc.constantFrom(...LAYERS, 'rivers', ''), { maxLength: 4 }).map((a) => a.join(',')),
  width: integerText(100, 9000),
  height: integerText(100, 9000),
  scale: integerText(0, 5),
  format: fc.constantFrom(...FORMATS, 'PNG', 'gif', 'webp'),
  theme: fc.constantFrom(...THEMES, 'Dark', 'sepia'),
  background: fc.constantFrom(...BACKGROUNDS, 'none', '#fff'),
  layout: fc.constantFrom(...LAYOUTS, 'mini'),
  title: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 220 }), fc.nat(260).map((n) => '😀'.repeat(n))),
  subtitle: fc.string({ unit: 'binary', maxLength: 220 }),
  credit: fc.string({ unit: 'binary', maxLength: 220 }),
  v: fc.oneof(integerText(-2, 50), fc.constantFrom('01', '1.0', '9007199254740993', 'latest')),
  dpi: fc.oneof(integerText(0, 1300), fc.constantFrom('300.5', '72dpi', '')),
};

/** One parameter: mostly a known name with a plausible value, sometimes anything at all. */
const pair = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN).chain((key) => fc.tuple(fc.constant(key), valueFor[key])) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KNOWN), fc.oneof(oddNumber, anyText)) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), anyText), anyText) },
);
/** Each known parameter at most once, so that many queries get past the repeated-key check to the limits. */
const onceEach = fc.record(Object.fromEntries(KNOWN.map((key) => [key, valueFor[key]])), { requiredKeys: [] })
  .map((record) => new URLSearchParams(record as Record<string, string>));
const sceneOnly = fc.record({ scene: integerText(0, SCENE_COUNT + 1), width: valueFor.width, height: valueFor.height, scale: valueFor.scale }, { requiredKeys: ['scene'] })
  .map((record) => new URLSearchParams(record));
const searchParams = fc.oneof(
  { weight: 4, arbitrary: onceEach },
  { weight: 2, arbitrary: sceneOnly },
  { weight: 4, arbitrary: fc.array(pair, { maxLength: 10 }).map((pairs) => new URLSearchParams(pairs)) },
  { weight: 1, arbitrary: anyText.map((text) => new URLSearchParams(text)) },
  // Repeated keys, as `?width=300&width=400`.
  { weight: 1, arbitrary: fc.tuple(fc.array(pair, { maxLength: 4 }), fc.constantFrom(...KNOWN), fc.array(anyText, { minLength: 2, maxLength: 4 }))
    .map(([pairs, key, values]) => new URLSearchParams([...pairs, ...values.map((v) => [key, v])])) },
);
const context = fc.constantFrom({}, { sceneCount: 0 }, { sceneCount: SCENE_COUNT });

// Every parameter the parser knows, those generated above or not: a random key a letter from "frame" is said to be it misspelt.
const NAMES_A_PARAMETER = new RegExp(`^(${[...KNOWN, 'frame', 'date', 'caption'].join('|')})\\b`);

describe('parseExportParams, for any query string', () => {
  it('never throws, and every rejection names a parameter (or the megapixel limit)', () => {
    fc.assert(fc.property(searchParams, context, (params, ctx) => {
      const result = parseExportParams(params, ctx);
      if (result.ok) return;
      expect(result.errors.length).toBeGreaterThan(0);
      for (const message of result.errors) {
        expect(typeof message).toBe('string');
        expect(NAMES_A_PARAMETER.test(message) || message.includes('megapixels'), message).toBe(true);
        // Echoed input is cut short, so a 10 KB value never becomes a 10 KB error body.
        expect(message.length, message).toBeLessThanOrEqual(400);
      }
    }), RUNS);
  });

  it('accepts only renders within the size, scale and megapixel limits, with known options', () => {
    let accepted = 0;
    fc.assert(fc.property(searchParams, context, (params, ctx) => {
      const result = parseExportParams(params, ctx);
      if (!result.ok) return;
      accepted++;
      const p = result.params;
      for (const side of [p.width, p.height]) {
        expect(Number.isInteger(side)).toBe(true);
        expect(side).toBeGreaterThanOrEqual(LIMITS.minSide);
        expect(side).toBeLessThanOrEqual(LIMITS.maxSide);
      }
      expect([1, 2, 3, 4]).toContain(p.scale);
      expect(p.width * p.height * p.scale ** 2).toBeLessThanOrEqual(40e6);
      expect(FORMATS).toContain(p.format);
      expect(THEMES).toContain(p.theme);
      expect(LAYOUTS).toContain(p.layout);
      expect(BACKGROUNDS).toContain(p.background);
      expect(p.background === 'transparent' && p.format === 'jpeg').toBe(false);
      for (const text of [p.title, p.subtitle, p.credit]) if (text !== null) expect([...text].length).toBeLessThanOrEqual(LIMITS.maxText);
      expect(p.view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
      expect(p.view.zoom).toBeLessThanOrEqual(MAX_ZOOM);
      expect(p.view.lat).toBeGreaterThanOrEqual(REGION_BBOX[1]);
      expect(p.view.lat).toBeLessThanOrEqual(REGION_BBOX[3]);
      expect(p.view.lng).toBeGreaterThanOrEqual(REGION_BBOX[0]);
      expect(p.view.lng).toBeLessThanOrEqual(REGION_BBOX[2]);
      expect(p.scene === null || (Number.isInteger(p.scene) && p.scene >= 1 && p.scene <= SCENE_COUNT)).toBe(true);
      expect(p.hidden.every((t) => LAYERS.includes(t))).toBe(true);
      expect(p.version === null || (Number.isSafeInteger(p.version) && p.version >= 1)).toBe(true);
    }), RUNS);
    // The generators are meant to reach the accepting side too, not only pile up 400s.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('reads the parameters in any order the same way (the ETag and file name depend on it)', () => {
    const shuffled = fc.array(pair, { maxLength: 10 }).chain((pairs) =>
      fc.tuple(fc.constant(pairs), fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length })));
    fc.assert(fc.property(shuffled, ([pairs, reordered]) => {
      const a = parseExportParams(new URLSearchParams(pairs), { sceneCount: SCENE_COUNT });
      const b = parseExportParams(new URLSearchParams(reordered), { sceneCount: SCENE_COUNT });
      if (a.ok || b.ok) expect(b).toEqual(a);
      else expect(new Set(b.errors)).toEqual(new Set(a.errors));
    }), { numRuns: 1000 });
  });
});
