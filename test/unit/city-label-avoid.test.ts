import { readFileSync } from 'node:fs';
import path from 'node:path';
import { destination, lineString, multiLineString, point } from '@turf/turf';
import type { Feature, MultiLineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cityLabelAvoid } from '@/geo/build/city-label-avoid';
import { cityLabelSides } from '@/geo/city-label-sides';

const city = point([37.8, 48.0]) as Feature<Point>;
/** A north–south border `km` from the city, east (positive) or west (negative) of it. */
const borderAt = (km: number): Feature<MultiLineString> => {
  const [x] = destination(city, Math.abs(km), km > 0 ? 90 : -90, { units: 'kilometers' }).geometry.coordinates;
  return multiLineString([lineString([[x, 47], [x, 49]]).geometry.coordinates]);
};

describe('cityLabelAvoid', () => {
  it('names the side whose name would cross a border within reach', () => {
    expect(cityLabelAvoid(city, [borderAt(50)])).toBe('east');
    expect(cityLabelAvoid(city, [borderAt(-120)])).toBe('west');
  });

  it('names none where the border is out of reach, along the name\'s line, or on both sides', () => {
    expect(cityLabelAvoid(city, [borderAt(250)])).toBeNull();
    expect(cityLabelAvoid(city, [multiLineString([[[37, 47.6], [38.6, 47.6]]])])).toBeNull();
    expect(cityLabelAvoid(city, [borderAt(50), borderAt(-50)])).toBeNull();
    expect(cityLabelAvoid(city, [])).toBeNull();
  });

  it('is what `npm run geo` wrote for the story\'s cities by Ukraine\'s borders with Russia and Belarus', () => {
    const cities = JSON.parse(readFileSync(path.join(process.cwd(), 'geo/data/cities.geojson'), 'utf8')) as { features: Feature<Point>[] };
    const avoid = Object.fromEntries(cities.features.map((f) => [f.properties?.name, f.properties?.labelAvoid ?? null]));
    // Luhansk and Kharkiv have Russia to their east; Rostov-on-Don and Belgorod have Ukraine to their west.
    expect(avoid).toMatchObject({ Luhansk: 'east', Kharkiv: 'east', 'Rostov-on-Don': 'west', Belgorod: 'west', Kyiv: null, Moscow: null });
  });
});

describe('cityLabelSides', () => {
  it('tries right, left, above, below; the side to avoid last', () => {
    expect(cityLabelSides(undefined)).toEqual(['right', 'left', 'above', 'below']);
    expect(cityLabelSides('east')).toEqual(['left', 'above', 'below', 'right']);
    expect(cityLabelSides('west')).toEqual(['right', 'above', 'below', 'left']);
    expect(cityLabelSides('north')).toEqual(['right', 'left', 'above', 'below']);
  });
});
