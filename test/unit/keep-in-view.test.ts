import { describe, expect, it } from 'vitest';
import { keepInView } from '@/geo/keep-in-view';
import { projectInBox } from '@/geo/mercator';
import type { BBox } from '@/geo/region';

const UKRAINE: BBox = [22.1, 44.4, 40.2, 52.4];
const padding = { top: 80, bottom: 32, left: 26, right: 26 };
const corners = (view: Parameters<typeof projectInBox>[0], box: BBox) =>
  [[box[0], box[3]], [box[2], box[1]]].map((lngLat) => projectInBox(view, 1024, 507, lngLat)).map(({ x, y }) => [Math.round(x), Math.round(y)]);

describe('keepInView', () => {
  it('returns a view that already holds the bounds as it is', () => {
    const view = { zoom: 4, lat: 48.5, lng: 31 };
    expect(keepInView(view, 1024, 507, padding, UKRAINE)).toBe(view);
  });

  it('moves a view the least that brings the bounds inside the padding, at the same zoom', () => {
    // Centred on Belarus at zoom 4.2, Ukraine's coast fell below the map's foot.
    const moved = keepInView({ zoom: 4.2, lat: 51.5, lng: 31 }, 1024, 507, padding, UKRAINE);
    expect(moved.zoom).toBe(4.2);
    const [[, top], [, bottom]] = corners(moved, UKRAINE);
    expect(bottom).toBe(507 - padding.bottom);
    expect(top).toBeGreaterThan(padding.top);
  });

  it('centres bounds larger than the padded box on it', () => {
    const moved = keepInView({ zoom: 5.5, lat: 55, lng: 31 }, 1024, 507, padding, UKRAINE);
    const [[left, top], [right, bottom]] = corners(moved, UKRAINE);
    expect(top).toBeLessThan(padding.top);
    expect(Math.abs((top + bottom) / 2 - (padding.top + 507 - padding.bottom) / 2)).toBeLessThanOrEqual(1);
    expect(Math.abs((left + right) / 2 - 512)).toBeLessThanOrEqual(1);
  });
});
