/**
 * The live map's style, validated here against MapLibre's style specification instead of in every viewer's
 * browser (MapView passes validateStyle: false; validating at start-up cost about 30 ms before the first idle).
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { expect, test } from 'vitest';
import { occupationYear } from '@/geo/buildup';
import { figureLayers } from '@/geo/figure-symbols';
import { MAP_LAYERS } from '@/geo/layers';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { FIGURE_SHOWN_STATE, hatchImage, mapStyle, type StyleInput } from '@/geo/map-style';
import { themes } from '@/geo/style';

const buildup = loadBuildup();
const figures = figureLayers(buildup, loadGeo());
const input = (over: Partial<StyleInput> = {}): StyleInput => ({
  theme: themes.light, origin: 'http://localhost:3000', typeScale: 1, figures,
  crimeaSince: occupationYear(buildup), hidden: [], highlight: null, ...over,
});

for (const theme of Object.values(themes)) {
  // 1 on the dashboard and in embeds, 1.6 in the presenter.
  for (const typeScale of [1, 1.6]) {
    test(`the ${theme.name} style at type scale ${typeScale} is valid and lists every layer of the table, in order`, () => {
      const style = mapStyle(input({ theme, typeScale }));
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      expect(style.layers.map((l) => l.id)).toEqual(MAP_LAYERS.map((l) => l.id));
    });
  }
}

test('hidden layers and the scene’s highlight are in the style from its first frame', () => {
  const style = mapStyle(input({ hidden: ['figures', 'cities'], highlight: 'crimea' }));
  const visibility = Object.fromEntries(style.layers.map((l) => [l.id, (l.layout as { visibility?: string } | undefined)?.visibility ?? 'visible']));
  expect(visibility['figure-reported-fill']).toBe('none');
  expect(visibility['city-labels']).toBe('none');
  expect(visibility['border-zone']).toBe('visible');
  expect(visibility['highlight-crimea']).toBe('visible');
  expect(visibility['highlight-zone']).toBe('none');
  expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
});

test('the Crimea label takes its year from the claims', () => {
  const label = mapStyle(input()).layers.find((l) => l.id === 'crimea-label')!;
  expect((label.layout as { 'text-field': string })['text-field']).toBe('Crimea: occupied by Russia since 2014');
  const none = mapStyle(input({ crimeaSince: null })).layers.find((l) => l.id === 'crimea-label')!;
  expect((none.layout as { 'text-field': string })['text-field']).toBe('Crimea: occupied by Russia');
});

test('a hatch tile repeats the stripes at the table’s spacing, measured across them', () => {
  const tile = hatchImage({ colour: 'crimeaHatch', spacing: 6, width: 1.6, angle: 45 }, themes.light, 2);
  // 6 px across a 45° stripe is 6·√2 along a row, at two device pixels per CSS pixel.
  expect(tile.width).toBe(Math.round(6 * Math.SQRT2 * 2));
  const on = (x: number, y: number) => tile.data[(y * tile.width + x) * 4 + 3] === 255;
  expect(on(0, 0)).toBe(true);
  expect(on(Math.floor(tile.width / 2), Math.floor(tile.width / 2))).toBe(false);
});

test('the check names what is wrong in a broken style', () => {
  const style = mapStyle(input());
  const broken = { ...style, layers: style.layers.map((l) => (l.id === 'countries-outline' ? { ...l, paint: { 'line-width': 'wide' } } : l)) };
  const index = style.layers.findIndex((l) => l.id === 'countries-outline');
  expect(validateStyleMin(broken as typeof style).map((e) => e.message)).toEqual([
    `layers[${index}].paint.line-width: number expected, string found`,
  ]);
});

test('a figure layer filters by kind only; the date shows each circle through its feature state', () => {
  const style = mapStyle(input());
  const reported = style.layers.find((l) => l.id === 'figure-reported-fill')! as { filter: unknown; paint: Record<string, unknown> };
  expect(reported.filter).toEqual(['==', ['get', 'kind'], 'reported']);
  expect(reported.paint['fill-opacity']).toEqual(['case', ['boolean', ['feature-state', FIGURE_SHOWN_STATE], false], 0.35, 0]);
  const outline = style.layers.find((l) => l.id === 'figure-projection-outline')! as { paint: Record<string, unknown> };
  expect(outline.paint['line-opacity']).toEqual(['case', ['boolean', ['feature-state', FIGURE_SHOWN_STATE], false], 1, 0]);
  const ids = (style.sources['figure-symbols'] as { data: { features: { id: number }[] } }).data.features.map((f) => f.id);
  expect(ids).toEqual(ids.map((_, i) => i));
});
