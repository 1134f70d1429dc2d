import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { clipLinesToRegion, clipPolygonsToRegion } from '@/geo/clip-to-region';

const region: [number, number, number, number] = [10, 40, 50, 60];
const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const multi = (...polygons: number[][][][]): Feature<MultiPolygon> => ({ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'MultiPolygon', coordinates: polygons } });

describe('clipPolygonsToRegion', () => {
  it('keeps a polygon inside the region as it is', () => {
    expect(clipPolygonsToRegion(multi([square(20, 45, 30, 50)]), region)?.geometry.coordinates).toEqual([[square(20, 45, 30, 50)]]);
  });

  it('cuts a polygon at the region’s edge', () => {
    const clipped = clipPolygonsToRegion(multi([square(45, 55, 70, 70)]), region)!;
    const xs = clipped.geometry.coordinates[0][0].map(([x]) => x);
    const ys = clipped.geometry.coordinates[0][0].map(([, y]) => y);
    expect(Math.max(...xs)).toBe(50);
    expect(Math.max(...ys)).toBe(60);
  });

  it('drops a polygon that crosses 180° far from the region instead of streaking across it', () => {
    const chukotka = [[170, 65], [-170, 65], [-170, 58], [170, 58], [170, 65]];
    expect(clipPolygonsToRegion(multi([chukotka]), region)).toBeNull();
  });

  it('keeps the properties', () => {
    expect(clipPolygonsToRegion(multi([square(20, 45, 30, 50)]), region)?.properties).toEqual({ name: 'x' });
  });
});

describe('clipLinesToRegion', () => {
  it('returns a MultiLineString even when one line is left', () => {
    expect(clipLinesToRegion({ type: 'MultiLineString', coordinates: [[[0, 50], [20, 50]]] }, region)).toEqual({
      type: 'MultiLineString', coordinates: [[[10, 50], [20, 50]]],
    });
  });
});
