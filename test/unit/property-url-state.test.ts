/**
 * Property tests of the address parsers: whatever a link carries, the page gets a view it can draw and only
 * choices it knows. Thousands of generated hashes and queries, hostile strings included.
 */
import fc from 'fast-check';
import { CLAIM_ID } from '@/geo/claim-words';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '@/geo/region';
import { THEMES } from '@/geo/style';
import { formatQuery, LAYER_TOGGLES, parseViewState } from '@/geo/view-state';
import { formatViewHash, parseViewHash, readViewHash, type View } from '@/geo/view';
import { HOSTILE_STRINGS, QUERY_KEYS } from '@/test/fuzz/hostile';

const RUNS = { numRuns: 2000 };
const [WEST, SOUTH, EAST, NORTH] = REGION_BBOX;

const hostile = fc.constantFrom(...HOSTILE_STRINGS);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), hostile);

/** Numbers as people and programs write them: plain, signed, exponent, huge, NaN. */
const numberText = fc.oneof(
  fc.double().map(String),
  fc.tuple(fc.double({ min: -200, max: 200, noNaN: true }), fc.nat(8)).map(([n, digits]) => n.toFixed(digits)),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.stringMatching(/^-?\d{1,400}(\.\d{1,400})?$/),
  hostile,
);
const hashPart = fc.oneof({ weight: 4, arbitrary: numberText }, { weight: 1, arbitrary: anyText });
const decimal = (min: number, max: number) =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.nat(6)).map(([n, digits]) => n.toFixed(digits));
/** MapLibre's own `#zoom/lat/lng[/bearing[/pitch]]`, in and around the region. */
const plausibleHash = fc.tuple(decimal(-5, 30), decimal(-100, 100), decimal(-200, 200), fc.array(decimal(-360, 360), { maxLength: 3 }))
  .map(([zoom, lat, lng, rest]) => `#${[zoom, lat, lng, ...rest].join('/')}`);
const hash = fc.oneof(
  fc.constantFrom(null, undefined),
  anyText,
  { weight: 3, arbitrary: plausibleHash },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '#', '##'), fc.array(hashPart, { minLength: 0, maxLength: 7 }))
    .map(([prefix, parts]) => prefix + parts.join('/')) },
);

function expectDrawable(view: View) {
  expect(Object.keys(view).sort()).toEqual(['lat', 'lng', 'zoom']);
  for (const n of [view.zoom, view.lat, view.lng]) expect(Number.isFinite(n)).toBe(true);
  expect(view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
  expect(view.zoom).toBeLessThanOrEqual(MAX_ZOOM);
  expect(view.lat).toBeGreaterThanOrEqual(SOUTH);
  expect(view.lat).toBeLessThanOrEqual(NORTH);
  expect(view.lng).toBeGreaterThanOrEqual(WEST);
  expect(view.lng).toBeLessThanOrEqual(EAST);
}

describe('the view in the hash, for any hash', () => {
  it('parseViewHash never throws and gives a view inside the region and zoom range, or the default', () => {
    fc.assert(fc.property(hash, (h) => {
      const view = parseViewHash(h);
      expectDrawable(view);
      const read = readViewHash(h);
      expect(view).toEqual(read ?? DEFAULT_VIEW);
    }), RUNS);
  });

  it('readViewHash gives null or a drawable view, rounded as MapLibre writes it', () => {
    fc.assert(fc.property(hash, (h) => {
      const view = readViewHash(h);
      if (view === null) return;
      expectDrawable(view);
      expect(Math.round(view.zoom * 100) / 100).toBe(view.zoom);
    }), RUNS);
  });

  it('a view inside the region survives formatViewHash → parseViewHash within the precision written', () => {
    const inside = fc.record({
      zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
      lat: fc.double({ min: SOUTH, max: NORTH, noNaN: true }),
      lng: fc.double({ min: WEST, max: EAST, noNaN: true }),
    });
    fc.assert(fc.property(inside, (view) => {
      const back = parseViewHash(formatViewHash(view));
      expectDrawable(back);
      expect(Math.abs(back.zoom - view.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
      // formatViewHash keeps at least 2 decimals at the smallest zoom: half a unit in the last place.
      expect(Math.abs(back.lat - view.lat)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(back.lng - view.lng)).toBeLessThanOrEqual(0.005 + 1e-9);
    }), RUNS);
  });
});

const CLAIM_IDS = ['deployed-90k', 'projected-175k', 'crimea-status'];
/** A timeline: `?date=` is kept only from its first day to its last. */
const STEPS = ['2021-10-30', '2021-12-06', '2022-02-24'];
const DATES = ['2021-10-29', '2021-10-30', '2021-12-01', '2022-02-24', '2022-02-25', '2021-02-30', '2021-13-01', '20211206', ' 2021-12-06'];
const queryValue = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...THEMES, ...LAYER_TOGGLES, ...CLAIM_IDS, ...DATES) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...LAYER_TOGGLES, ...HOSTILE_STRINGS.slice(0, 20), ''), { maxLength: 6 }).map((a) => a.join(',')) },
  { weight: 3, arbitrary: anyText },
);
const queryKey = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('theme', 'hide', 'source', 'date') }, fc.constantFrom(...QUERY_KEYS), anyText);

/** Both shapes the parser takes: the browser's URLSearchParams and Next's searchParams record. */
const queryInput = fc.oneof(
  fc.array(fc.tuple(queryKey, queryValue), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs)),
  anyText.map((text) => new URLSearchParams(text)),
  fc.dictionary(queryKey, fc.oneof(fc.constant(undefined), queryValue, fc.array(queryValue, { maxLength: 4 })), { maxKeys: 8 }),
);
const claimIds: fc.Arbitrary<readonly string[]> = fc.oneof(fc.constant(CLAIM_IDS), fc.constant([]), fc.array(anyText, { maxLength: 4 }));

describe('the dashboard query, for any query', () => {
  it('never throws and only ever yields a known theme, known layers, a known claim and a date inside the timeline', () => {
    fc.assert(fc.property(queryInput, claimIds, (input, ids) => {
      const query = parseViewState({ query: input }, { claimIds: ids, steps: STEPS });
      expect(query.date === null || (/^\d{4}-\d{2}-\d{2}$/.test(query.date) && query.date >= STEPS[0] && query.date <= STEPS.at(-1)!)).toBe(true);
      expect(query.theme === null || (THEMES as readonly string[]).includes(query.theme)).toBe(true);
      expect(query.hidden.every((t) => (LAYER_TOGGLES as readonly string[]).includes(t))).toBe(true);
      // Canonical: in the order of LAYER_TOGGLES, each at most once.
      expect(query.hidden).toEqual(LAYER_TOGGLES.filter((t) => query.hidden.includes(t)));
      // A claim the data holds, or one shaped like an id (an old link): its card says the data has no such claim.
      expect(query.source === null || ids.includes(query.source) || CLAIM_ID.test(query.source)).toBe(true);
    }), RUNS);
  });

  it('ignores any value over 200 characters', () => {
    const long = fc.nat({ max: 20_000 }).map((n) => `light,figures,${'x'.repeat(201 + n)}`);
    fc.assert(fc.property(fc.constantFrom('theme', 'hide', 'source', 'date'), long, (key, value) => {
      const query = parseViewState({ query: new URLSearchParams([[key, value]]) }, { claimIds: [value], steps: STEPS });
      expect(query).toEqual({ view: null, theme: null, hidden: [], source: null, scene: null, date: null });
    }), { numRuns: 1000 });
  });

  it('writes back a query that reads as the same choices', () => {
    fc.assert(fc.property(queryInput, (input) => {
      const query = parseViewState({ query: input }, { claimIds: CLAIM_IDS, steps: STEPS });
      expect(parseViewState({ query: new URLSearchParams(formatQuery(query)) }, { claimIds: CLAIM_IDS, steps: STEPS })).toEqual(query);
    }), RUNS);
  });
});
