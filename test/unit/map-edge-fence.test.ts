import { expect, test } from 'vitest';
import { edgeFence } from '@/geo/map-edge-fence';

/** A stand-in projection: 1 degree per 10 px, y downwards (as the screen's). */
const unproject = ([x, y]: [number, number]) => [x / 10, 0 - y / 10 + 0];

test('runs around the map\'s four edges, as coordinates of the map, with squares of the clearance\'s size', () => {
  const fence = edgeFence(800, 600, [], 23, unproject);
  expect(fence.features.map((f) => f.geometry.coordinates)).toEqual([[[0, -60], [0, 0], [80, 0], [80, -60], [0, -60]]]);
  expect(fence.features[0].properties.size).toBe(1);
});

test('runs through each box over the map along its longer side, in rows about a square deep', () => {
  // The presenter's credit strip (wide, 46 px tall: two rows) and the zoom buttons (tall and narrow: one).
  const fence = edgeFence(800, 600, [{ x: 400, y: 554, width: 400, height: 46 }, { x: 760, y: 10, width: 30, height: 60 }], 23, unproject);
  const rounded = (c: number[][]) => c.map((p) => p.map((n) => Math.round(n * 1000) / 1000));
  expect(fence.features.slice(1).map((f) => [rounded(f.geometry.coordinates), f.properties.size])).toEqual([
    [[[40, -56.55], [80, -56.55]], 1],
    [[[40, -58.85], [80, -58.85]], 1],
    [[[77.5, -1], [77.5, -7]], 30 / 23],
  ]);
  // A box smaller than a square keeps the square's size; an empty one (a control not shown) adds nothing.
  expect(edgeFence(800, 600, [{ x: 0, y: 590, width: 100, height: 10 }, { x: 0, y: 0, width: 0, height: 0 }], 23, unproject).features.map((f) => f.properties.size)).toEqual([1, 1]);
});

test('fills a deep box (the key over the map) with rows, so that no square stands out past its ends by more than half a square', () => {
  // The presenter's key at 1280 × 720: 576 × 309 px from (16, 16).
  const rows = edgeFence(1280, 720, [{ x: 16, y: 16, width: 576, height: 309 }], 23, unproject).features.slice(1);
  expect(rows).toHaveLength(13);
  const depth = 309 / 13;
  expect(rows.every((f) => f.properties.size === depth / 23)).toBe(true);
  // Centred rows from the key's top to its foot, each from its left edge to its right.
  expect(rows.map((f) => f.geometry.coordinates[0][1] * -10)).toEqual(rows.map((_, i) => expect.closeTo(16 + (i + 0.5) * depth, 6)));
  expect(rows.every((f) => f.geometry.coordinates[0][0] === 1.6 && f.geometry.coordinates[1][0] === 59.2)).toBe(true);
});
