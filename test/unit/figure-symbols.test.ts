import { area, booleanIntersects, booleanPointInPolygon, centroid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { figureLayers } from '@/geo/figure-symbols';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';

const geo = loadGeo();
const buildup = loadBuildup();
const { symbols, callouts } = figureLayers(buildup, geo);
const ukraine = geo.countries.features.find((f) => f.properties?.role === 'ukraine')!;
const russia = geo.countries.features.find((f) => f.properties?.role === 'russia')!;

describe('the figures on the map', () => {
  it('draws the reported 90,000 and the projected 175,000', () => {
    expect(symbols.features.map((f) => [f.properties.id, f.properties.kind])).toEqual([
      ['projected-175k', 'projection'],
      ['deployed-90k', 'reported'],
    ]);
  });

  it('sizes symbols by area, not radius', () => {
    const [projected, reported] = symbols.features.map((f) => area(f));
    expect(projected / reported).toBeCloseTo(175_000 / 90_000, 1);
  });

  it('never paints a figure inside mainland Ukraine, and centres it in Russia', () => {
    for (const symbol of symbols.features) {
      expect(booleanIntersects(symbol, ukraine), symbol.properties.id).toBe(false);
      expect(booleanPointInPolygon(centroid(symbol), russia), `${symbol.properties.id}'s centre lies in Russia`).toBe(true);
    }
    // Concentric: one centre for every circle.
    const centres = symbols.features.map((f) => centroid(f).geometry.coordinates.map((n) => n.toFixed(2)).join());
    expect(new Set(centres).size).toBe(1);
    for (const callout of callouts.features.filter((f) => f.properties.figure)) {
      expect(booleanPointInPolygon(callout.geometry.coordinates, ukraine), callout.properties.id).toBe(false);
    }
  });

  it('numbers each callout with its claim’s footnote, Crimea’s inside Crimea', () => {
    const byId = Object.fromEntries(callouts.features.map((f) => [f.properties.id, f]));
    expect(byId['deployed-90k'].properties.label).toBe('1');
    expect(byId['projected-175k'].properties.label).toBe('2');
    expect(booleanPointInPolygon(byId['crimea-2014'].geometry.coordinates, geo.crimea.features[0])).toBe(true);
    expect(booleanPointInPolygon(byId['crimea-2014'].geometry.coordinates, russia)).toBe(false);
  });
});
