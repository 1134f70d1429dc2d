import { expect, test } from 'vitest';
import { edgeFence } from '@/geo/map-edge-fence';

/** A stand-in projection: 1 degree per 10 px, y downwards (as the screen's). */
const unproject = ([x, y]: [number, number]) => [x / 10, 0 - y / 10 + 0];

test('runs around the map\'s four edges, as coordinates of the map, with squares of the clearance\'s size', () => {
  const fence = edgeFence(800, 600, [], 23, unproject);
  expect(fence.features.map((f) => f.geometry.coordinates)).toEqual([[[0, -60], [0, 0], [80, 0], [80, -60], [0, -60]]]);
  expect(fence.features[0].properties.size).toBe(1);
});

test('runs through each box over the map along its longer side, its squares as wide as its shorter one', () => {
  // The presenter's credit strip (wide, 46 px tall) and the zoom buttons (tall and narrow).
  const fence = edgeFence(800, 600, [{ x: 400, y: 554, width: 400, height: 46 }, { x: 760, y: 10, width: 30, height: 60 }], 23, unproject);
  expect(fence.features.slice(1).map((f) => [f.geometry.coordinates, f.properties.size])).toEqual([
    [[[40, -57.7], [80, -57.7]], 2],
    [[[77.5, -1], [77.5, -7]], 30 / 23],
  ]);
  // A box smaller than a square keeps the square's size; an empty one (a control not shown) adds nothing.
  expect(edgeFence(800, 600, [{ x: 0, y: 590, width: 100, height: 10 }, { x: 0, y: 0, width: 0, height: 0 }], 23, unproject).features.map((f) => f.properties.size)).toEqual([1, 1]);
});
