/**
 * The live map's style, validated here against MapLibre's style specification instead of in every viewer's
 * browser (MapView passes validateStyle: false; validating at start-up cost about 30 ms before the first idle).
 */
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { expect, test } from 'vitest';
import { occupationYear } from '@/geo/buildup';
import { CRIMEA_NOTE_AT } from '@/geo/crimea-note';
import { figureLayers } from '@/geo/figure-symbols';
import { MAP_LAYERS } from '@/geo/layers';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { CALLOUT_CLEARANCE_LAYER, CALLOUT_SOURCE, CLEARANCE_SQUARE_PX, EDGE_FENCE_LAYER, EDGE_FENCE_SOURCE, FIGURE_SHOWN_STATE, hatchImage, mapStyle, styleImageFor, type StyleInput } from '@/geo/map-style';
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
      // Except the city dots, which are the icons of the city names' symbols (below); then, on top, the callouts'
      // clearance and the map's edge fence (below).
      expect(style.layers.map((l) => l.id)).toEqual([...MAP_LAYERS.map((l) => l.id).filter((id) => id !== 'city-dots'), CALLOUT_CLEARANCE_LAYER, EDGE_FENCE_LAYER]);
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
  expect(visibility[CALLOUT_CLEARANCE_LAYER]).toBe('none');
  expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
});

test('the countries’ outline is in the style only while a scene outlines countries (an empty layer still costs every frame its tile masks)', () => {
  const visibility = (highlight: StyleInput['highlight']) => {
    const layer = mapStyle(input({ highlight })).layers.find((l) => l.id === 'highlight-countries');
    return (layer?.layout as { visibility?: string } | undefined)?.visibility ?? 'visible';
  };
  expect(visibility(null)).toBe('none');
  expect(visibility('crimea')).toBe('none');
  expect(visibility('belarus')).toBe('visible');
  expect(visibility('eastern-flank')).toBe('visible');
});

test('every callout of the timeline keeps labels off a square as large as the SVG renderer keeps, placed before any name', () => {
  for (const typeScale of [1, 1.6]) {
    const style = mapStyle(input({ typeScale }));
    const clearance = style.layers.at(-2)!;
    expect(clearance).toMatchObject({ id: CALLOUT_CLEARANCE_LAYER, type: 'symbol', source: CALLOUT_SOURCE, paint: { 'icon-opacity': 0 } });
    const layout = clearance.layout as Record<string, unknown>;
    expect(layout).toMatchObject({ 'icon-size': typeScale, 'icon-allow-overlap': true, 'icon-ignore-placement': false });
    expect(layout.visibility).toBeUndefined();
    const places = style.sources[CALLOUT_SOURCE] as { data: GeoJSON.FeatureCollection };
    expect(places.data.features).toHaveLength(figures.callouts.features.length);
    const image = styleImageFor(layout['icon-image'] as string, themes.light)!;
    // map-labels.ts keeps a square of half-side 0.9 r clear: 23.4 px at type scale 1.
    expect([image.width, image.height]).toEqual([23, 23]);
    expect(image.data.every((byte) => byte === 0)).toBe(true);
  }
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

test('the style eases no paint change: each would cost a run of frames before the map is idle', () => {
  expect(mapStyle(input()).transition).toEqual({ duration: 0, delay: 0 });
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

test('every fill and line is given its opacity by the data, as a figure must be, so the live map compiles one GPU program per kind of layer, not two', () => {
  // MapLibre keys its programs on which paint properties are data-driven ("source" expressions) and which constant.
  const style = mapStyle(input());
  const kinds = style.layers.flatMap((layer) => {
    if (layer.type !== 'fill' && layer.type !== 'line') return [];
    const property = `${layer.type}-opacity` as const;
    const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`][property];
    const value = (layer.paint as Record<string, unknown> | undefined)?.[property];
    const parsed = createPropertyExpression(value ?? 1, property, spec as never);
    return [`${layer.id} ${parsed.result === 'success' ? parsed.value.kind : parsed.result}`];
  });
  expect(kinds.length).toBeGreaterThanOrEqual(10);
  expect(kinds.filter((k) => !k.endsWith(' source'))).toEqual([]);
  const zone = style.layers.find((l) => l.id === 'border-zone')! as { paint: Record<string, unknown> };
  // Shown by default: no feature outside the figures is given a state.
  expect(zone.paint['fill-opacity']).toEqual(['case', ['boolean', ['feature-state', FIGURE_SHOWN_STATE], true], 0.25, 0]);
});

test('a city’s dot is the icon of its name, which tries the SVG renderer’s four places: a name that fits nowhere takes its dot with it', () => {
  const labels = mapStyle(input({ theme: themes.dark })).layers.find((l) => l.id === 'city-labels')!;
  const layout = labels.layout as Record<string, unknown>;
  expect(layout['icon-image']).toEqual(['case', ['get', 'capital'], 'city-dot-capital-dark', 'city-dot-town-dark']);
  // Each city's places in the SVG renderer's order for it (geo/city-label-sides.ts), half an em from the dot, as
  // text-radial-offset 0.5 put them: right, left, above, below; a name that would cross Ukraine's border on one side
  // tries that side last.
  const spec = (latest as unknown as Record<string, Record<string, unknown>>).layout_symbol['text-variable-anchor-offset'];
  const parsed = createPropertyExpression(layout['text-variable-anchor-offset'], 'text-variable-anchor-offset', spec as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const anchorsFor = (properties: Record<string, unknown>) => {
    const places = parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties, geometry: [] } as never) as unknown as { values: unknown[] };
    return places.values.filter((v) => typeof v === 'string');
  };
  expect(anchorsFor({ name: 'Kyiv' })).toEqual(['left', 'right', 'bottom', 'top']);
  expect(anchorsFor({ name: 'Luhansk', labelAvoid: 'east' })).toEqual(['right', 'bottom', 'top', 'left']);
  expect(anchorsFor({ name: 'Rostov-on-Don', labelAvoid: 'west' })).toEqual(['left', 'bottom', 'top', 'right']);
  const offsets = (parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties: { labelAvoid: 'east' }, geometry: [] } as never) as unknown as { values: unknown[] }).values.filter((v) => typeof v !== 'string');
  expect(offsets).toEqual([[0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]);
  expect(layout['text-variable-anchor'] ?? null).toBeNull();
  expect(layout['icon-optional'] ?? false).toBe(false);
  expect(layout['text-optional'] ?? false).toBe(false);
});

test('the city dots are drawn in code in the table’s colours and sizes: a capital 4 px with a 1 px halo, at twice the pixels', () => {
  const { cityDot, textHalo } = themes.dark;
  const capital = styleImageFor('city-dot-capital-dark', themes.dark)!;
  const town = styleImageFor('city-dot-town-dark', themes.dark)!;
  // (4 + 0.5) × 2 across each way, and a pixel of room on each side: 20; a town's 3 px dot: 16.
  expect([capital.width, capital.pixelRatio, town.width]).toEqual([20, 2, 16]);
  const pixel = (image: typeof capital, x: number, y: number) => {
    const o = (y * image.width + x) * 4;
    return `#${[...image.data.slice(o, o + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}/${image.data[o + 3]}`;
  };
  expect(pixel(capital, 10, 10)).toBe(`${cityDot}/255`);
  expect(pixel(capital, 10, 2)).toBe(`${textHalo}/255`);
  expect(pixel(capital, 0, 0).endsWith('/0')).toBe(true);
  expect(styleImageFor('city-dot-capital-light', themes.dark)).toBeNull();
});

test('the Crimea note hangs in one line under the peninsula, from its own point, as the SVG draws it', () => {
  const style = mapStyle(input());
  const label = style.layers.find((l) => l.id === 'crimea-label') as { source: string; layout: Record<string, unknown> };
  expect(style.sources[label.source]).toEqual({ type: 'geojson', data: { type: 'Feature', geometry: { type: 'Point', coordinates: CRIMEA_NOTE_AT }, properties: {} } });
  expect(label.layout['text-anchor']).toBe('top');
  expect(label.layout['text-max-width']).toBe(40);
});

test('the Crimea note is one line where the map is wide, and wraps where its line would run off the map', () => {
  const maxEm = (mapWidth: number | undefined, typeScale: number) => {
    const layer = mapStyle(input({ typeScale, mapWidth })).layers.find((l) => l.id === 'crimea-label') as { layout: Record<string, unknown> };
    return layer.layout['text-max-width'];
  };
  expect(maxEm(undefined, 1)).toBe(40);
  expect(maxEm(1280, 1.6)).toBe(40);
  // A phone's stage: 390 px at the presenter's 20.8 px type (13 × 1.6) holds 17 ems; the one line needs about 20.
  expect(maxEm(390, 1.6)).toBe(17);
  expect(maxEm(360, 1)).toBe(25);
  expect(maxEm(120, 1.6)).toBe(8);
});

test('country names are spaced capitals and seas are as written, in the live map as in the SVG (geo/label-kinds.ts)', () => {
  const places = mapStyle(input()).layers.find((l) => l.id === 'place-labels')!;
  const layout = places.layout as Record<string, unknown>;
  expect(places).toMatchObject({ type: 'symbol', source: 'labels' });
  expect(layout['text-transform']).toEqual(['match', ['get', 'kind'], 'sea', 'none', 'country', 'uppercase', 'none']);
  expect(layout['text-letter-spacing']).toEqual(['match', ['get', 'kind'], 'sea', 0, 'country', 0.12, 0]);
  // Placed after the cities' names (MapLibre places the higher layers first), as the SVG renderer places them.
  const ids = mapStyle(input()).layers.map((l) => l.id);
  expect(ids.indexOf('place-labels')).toBeLessThan(ids.indexOf('city-labels'));
});

test('the map\'s edges keep names off with invisible squares along lines the page gives, placed first of all', () => {
  const style = mapStyle(input({}));
  const fence = style.layers.at(-1)!;
  expect(fence).toMatchObject({ id: EDGE_FENCE_LAYER, type: 'symbol', source: EDGE_FENCE_SOURCE, paint: { 'icon-opacity': 0 } });
  expect(fence.layout).toMatchObject({
    'symbol-placement': 'line', 'icon-image': (style.layers.at(-2)!.layout as Record<string, unknown>)['icon-image'],
    'icon-size': ['get', 'size'], 'icon-allow-overlap': true, 'icon-ignore-placement': false,
  });
  // Closer than a square's side, so that no name slips between two.
  expect((fence.layout as Record<string, number>)['symbol-spacing']).toBeLessThan(CLEARANCE_SQUARE_PX);
  // None until the page knows the view (components/map/use-edge-fence.ts).
  expect((style.sources[EDGE_FENCE_SOURCE] as { data: GeoJSON.FeatureCollection }).data.features).toEqual([]);
});
