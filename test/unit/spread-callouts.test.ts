import { describe, expect, it } from 'vitest';
import { type CalloutSpot, spreadCallouts } from '@/geo/spread-callouts';

const spot = (x: number, y: number, from = 0, to = 10): CalloutSpot => ({ x, y, from, to });
const moved = (spots: CalloutSpot[], offsets: [number, number][]) => spots.map((s, i) => [s.x + offsets[i][0], s.y + offsets[i][1]]);
const gap = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('spreadCallouts', () => {
  it('leaves callouts that do not overlap where they are', () => {
    expect(spreadCallouts([spot(0, 0), spot(30, 0), spot(0, 40)], 28)).toEqual([[0, 0], [0, 0], [0, 0]]);
  });

  it('pushes two overlapping callouts apart along the line between them, half each, to exactly the distance', () => {
    // Belarus on a phone: 26 (the plan, north-east) 15 px from 25 (in place, south-west).
    const spots = [spot(145, 311), spot(154, 299)];
    const offsets = spreadCallouts(spots, 28);
    const [a, b] = moved(spots, offsets);
    expect(gap(a, b)).toBeCloseTo(28, 6);
    expect(offsets[0][0]).toBeCloseTo(-offsets[1][0], 9);
    expect(offsets[0][1]).toBeCloseTo(-offsets[1][1], 9);
    // Still in the same direction from each other: the plan stays north-east.
    expect(b[0]).toBeGreaterThan(a[0]);
    expect(b[1]).toBeLessThan(a[1]);
  });

  it('keeps apart only callouts shown at a common step', () => {
    const spots = [spot(0, 0, 0, 4), spot(5, 0, 5, 9), spot(5, 5, 4, 9)];
    const offsets = spreadCallouts(spots, 28);
    expect(offsets[0]).not.toEqual([0, 0]);
    const [a, b, c] = moved(spots, offsets);
    expect(gap(a, c)).toBeGreaterThanOrEqual(28 * 0.999);
    expect(gap(b, c)).toBeGreaterThanOrEqual(28 * 0.999);
    // 0 (steps 0–4) and 1 (steps 5–9) are never on the map together: they may overlap.
    expect(gap(a, b)).toBeLessThan(28);
  });

  it('sets two callouts on one point side by side', () => {
    const offsets = spreadCallouts([spot(10, 10), spot(10, 10)], 20);
    expect(offsets).toEqual([[-10, 0], [10, 0]]);
  });

  it('clears a cluster of four, each pair at least the distance apart', () => {
    const spots = [spot(0, 0), spot(6, 2), spot(3, 7), spot(-4, 5)];
    const points = moved(spots, spreadCallouts(spots, 26));
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) expect(gap(points[i], points[j]), `${i} and ${j}`).toBeGreaterThanOrEqual(26 * 0.99);
    }
  });
});

describe('spreadCallouts inside bounds', () => {
  it('moves the other callout the whole way when one is held at an edge', () => {
    const spots = [spot(50, 10), spot(50, 20)];
    const offsets = spreadCallouts(spots, 28, { x0: 10, y0: 10, x1: 90, y1: 90 });
    const [a, b] = moved(spots, offsets);
    expect(a[1]).toBe(10);
    expect(gap(a, b)).toBeGreaterThanOrEqual(28 * 0.999);
    expect(b[1]).toBeLessThanOrEqual(90);
  });
});
