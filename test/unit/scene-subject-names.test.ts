/**
 * A scene names its subject first: the countries it highlights are named before any city, on the live map (a layer
 * of their own above the cities', geo/layers.ts) and in its picture (geo/render/map-labels.ts). On a 1280 × 720 stage
 * "NATO's eastern flank" named two of its nine countries, the capitals' names taking the room.
 */
import { expression, featureFilter, type FilterSpecification, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { occupationYear } from '@/geo/buildup';
import { figureLayers } from '@/geo/figure-symbols';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { loadScenes } from '@/geo/load-scenes';
import { presenterScenes } from '@/geo/presenter-scenes';
import { buildupPayload } from '@/geo/buildup-payload';
import { highlightFilters, mapStyle, type StyleInput } from '@/geo/map-style';
import { renderExport } from '@/geo/render/export';
import { parseExportParams } from '@/geo/render/params';
import { themes } from '@/geo/style';

const buildup = loadBuildup();
const geo = loadGeo();
const FLANK = ['BULGARIA', 'CZECHIA', 'ESTONIA', 'HUNGARY', 'LATVIA', 'LITHUANIA', 'POLAND', 'ROMANIA', 'SLOVAKIA'];
const input = (over: Partial<StyleInput> = {}): StyleInput => ({
  theme: themes.dark, origin: 'http://localhost:3000', typeScale: 1.6, figures: figureLayers(buildup, geo),
  crimeaSince: occupationYear(buildup), hidden: [], highlight: null, ...over,
});
const layer = (style: ReturnType<typeof mapStyle>, id: string) => style.layers.find((l) => l.id === id)!;
/** The labels a layer's filter keeps, by name. */
const kept = (filter: unknown) => geo.labels.features
  .filter((f) => featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 4 }, { type: 1, properties: f.properties ?? {}, geometry: [] } as never))
  .map((f) => String(f.properties?.name));
/** Where a layer tries to put a name, as MapLibre evaluates the layer's `text-variable-anchor-offset` for that place. */
const placesOf = (layout: unknown, name: string) => {
  const parsed = expression.createPropertyExpression((layout as Record<string, unknown>)['text-variable-anchor-offset'], 'layout', latest.layout_symbol['text-variable-anchor-offset'] as never);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  const feature = geo.labels.features.find((f) => f.properties?.name === name)!;
  const places = (parsed.value.evaluate({ zoom: 4 }, { type: 1, properties: feature.properties ?? {}, geometry: [] } as never) as { values: unknown[] }).values;
  return places.map((v) => (Array.isArray(v) ? v.map((n: number) => Math.round(n * 100) / 100) : v));
};
const ON_ITS_LINES = ['center', [0, 0], 'top', [0, 0.7], 'bottom', [0, -0.7], 'top', [0, 2]];

describe('the live map', () => {
  it('names the highlighted countries in a layer above the cities\', each tried on its point, a line down, a line up, two down', () => {
    const style = mapStyle(input({ highlight: 'eastern-flank' }));
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('subject-labels')).toBeGreaterThan(ids.indexOf('city-labels'));
    const subject = layer(style, 'subject-labels');
    expect(subject.layout).not.toHaveProperty('visibility');
    expect(subject.layout).toMatchObject({ 'text-padding': 0 });
    expect(placesOf(subject.layout, 'Poland')).toEqual(ON_ITS_LINES);
    expect(kept((subject as { filter: unknown }).filter).map((n) => n.toUpperCase()).sort()).toEqual(FLANK);
    // The other names stay where they were, under the cities', seas among them.
    const others = kept((layer(style, 'place-labels') as { filter: unknown }).filter);
    expect(others).toEqual(expect.arrayContaining(['Black Sea', 'Baltic Sea', 'Ukraine', 'Russia', 'Belarus', 'Moldova']));
    expect(others.filter((n) => FLANK.includes(n.toUpperCase()))).toEqual([]);
  });

  it('lets the story\'s three countries\' names move sideways by one or two ems as well, and no other name', () => {
    const { layout } = layer(mapStyle(input()), 'place-labels');
    for (const name of ['Ukraine', 'Russia', 'Belarus']) {
      expect(placesOf(layout, name)).toEqual([...ON_ITS_LINES, 'center', [-1, 0], 'center', [1, 0], 'center', [-2, 0], 'center', [2, 0]]);
    }
    for (const name of ['Moldova', 'Lithuania', 'Black Sea']) expect(placesOf(layout, name)).toEqual(ON_ITS_LINES);
  });

  it('without a highlight, every name is in the layer under the cities\', and the subject\'s layer is hidden', () => {
    const style = mapStyle(input());
    expect(layer(style, 'subject-labels').layout).toMatchObject({ visibility: 'none' });
    expect(kept((layer(style, 'place-labels') as { filter: unknown }).filter)).toHaveLength(geo.labels.features.length);
  });

  it('gives the filters again when the scene changes: Belarus\'s scene names Belarus first', () => {
    const filters = Object.fromEntries(highlightFilters('belarus'));
    expect(Object.keys(filters).sort()).toEqual(['highlight-countries', 'place-labels', 'subject-labels']);
    expect(kept(filters['subject-labels'])).toEqual(['Belarus']);
    expect(kept(filters['place-labels'])).not.toContain('Belarus');
  });
});

describe("the stage's picture", () => {
  const scenes = presenterScenes(loadScenes(), buildupPayload(buildup).figures);
  const names = async (query: string) => {
    const parsed = parseExportParams(new URLSearchParams(query), { sceneCount: scenes.length, steps: buildup.steps });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const scene = parsed.params.scene !== null ? scenes[parsed.params.scene - 1] : null;
    const { bytes } = await renderExport(parsed.params, { buildup, geo, baseUrl: 'https://maps.example', scene });
    const svg = bytes.toString('utf8');
    const group = svg.slice(svg.indexOf('data-layer="subject-labels"'), svg.indexOf('data-layer="crimea-label"'));
    return { subject: [...group.matchAll(/>([A-Z]+)<\/text>/g)].map((m) => m[1]).sort(), svg };
  };

  // The map beside the caption on a 1280 × 720 stage is 864 × 720; on 1920 × 1080, 1296 × 1080.
  for (const [width, height] of [[864, 720], [1296, 1080]]) {
    it(`of NATO's eastern flank names all nine countries at ${width} × ${height}`, async () => {
      const { subject } = await names(`scene=6&caption=beside&width=${width}&height=${height}&layout=map-only&format=svg&theme=dark`);
      expect(subject).toEqual(FLANK);
    });
  }

  it('of a scene that highlights no countries has no subject layer', async () => {
    const { svg } = await names('scene=4&caption=beside&width=864&height=720&layout=map-only&format=svg');
    expect(svg).not.toContain('data-layer="subject-labels"');
    expect(svg).toContain('data-layer="place-labels"');
  });
});
