import { describe, expect, it } from 'vitest';
import { circlesOnPage, keyCorner, type KeyCorner, subjectOnPage } from '@/components/present/key-corner';
import { metresPerPixel, projectInBox } from '@/geo/mercator';

/** A 1000 × 600 map with a 300 × 200 key in each corner (20 px in). */
const boxAt = (corner: KeyCorner) => {
  const left = corner.endsWith('left') ? 20 : 680;
  const top = corner.startsWith('upper') ? 20 : 380;
  return { left, top, right: left + 300, bottom: top + 200 };
};
const at = (x: number, y: number) => ({ left: x - 10, top: y - 10, right: x + 10, bottom: y + 10 });

describe('keyCorner: where K puts the key over the presenter\'s map', () => {
  it('keeps the lower left while nothing is under it', () => {
    expect(keyCorner(boxAt, [at(500, 300), at(900, 100)], [])).toBe('lower-left');
  });
  it('moves to the first corner clear of the scene\'s numbers', () => {
    expect(keyCorner(boxAt, [at(100, 500), at(200, 450)], [])).toBe('lower-right');
    expect(keyCorner(boxAt, [at(100, 500), at(900, 500)], [])).toBe('upper-left');
  });
  it('covers the fewest numbers when every corner has some, and never what must stay in view', () => {
    const callouts = [at(100, 500), at(900, 500), at(910, 480), at(100, 100), at(900, 100), at(120, 120)];
    expect(keyCorner(boxAt, callouts, [])).toBe('lower-left');
    // The scene counter over the lower left (a phone's stage) weighs more than every number together.
    expect(keyCorner(boxAt, callouts, [at(150, 500)])).toBe('upper-right');
  });
  it('of corners clear of every number, takes the one least over the scene\'s subject', () => {
    // Scene 4: Crimea across the lower half, its number 14 in the middle: the lower left covered Sevastopol and its note.
    const crimea = { left: 150, top: 250, right: 850, bottom: 600 };
    expect(keyCorner(boxAt, [at(500, 400)], [], crimea)).toBe('upper-left');
    // A number still outweighs the subject: the lower left over Crimea rather than the upper corners over numbers.
    expect(keyCorner(boxAt, [at(100, 100), at(900, 100), at(900, 500)], [], crimea)).toBe('lower-left');
  });
});

describe('subjectOnPage: where a scene\'s subject is drawn on the stage', () => {
  const view = { zoom: 6, lat: 45, lng: 34 };
  const map = { left: 0, top: 100, width: 1000, height: 600 };
  it('projects the bounds of what the scene fits, and keeps room for Crimea\'s note below it', () => {
    const camera = { kind: 'bounds' as const, bounds: [30, 43, 38, 47] as [number, number, number, number], focus: [32.5, 44.4, 36.6, 46.2] as [number, number, number, number], maxZoom: 8, bearing: 0 };
    const nw = projectInBox(view, 1000, 600, [32.5, 46.2]);
    const se = projectInBox(view, 1000, 600, [36.6, 44.4]);
    const box = subjectOnPage(camera, view, map)!;
    expect(box.left).toBeCloseTo(nw.x, 6);
    expect(box.top).toBeCloseTo(100 + nw.y, 6);
    expect(box.right).toBeCloseTo(se.x, 6);
    expect(box.bottom).toBeCloseTo(100 + se.y, 6);
    const withNote = subjectOnPage({ ...camera, noteBelow: true }, view, map)!;
    expect(withNote.bottom).toBeCloseTo(box.bottom + (box.bottom - box.top) * 0.25, 6);
  });
  it('knows none for a fixed view, or before the map has one', () => {
    expect(subjectOnPage({ kind: 'view', view, bearing: 0 }, view, map)).toBeNull();
    expect(subjectOnPage({ kind: 'bounds', bounds: [30, 43, 38, 47], maxZoom: 8, bearing: 0 }, null, map)).toBeNull();
  });
});

describe('circlesOnPage: the figures\' circles K\'s key should not cover', () => {
  const view = { zoom: 6, lat: 50, lng: 36 };
  const map = { left: 20, top: 100, width: 1000, height: 600 };
  const circle = { id: 'a', footnote: 5, kind: 'projection', value: 175000, radiusKm: 120, centre: [38, 51], from: 3, to: 9 };
  it('boxes each circle shown at the step, its radius in the map\'s pixels', () => {
    const [box] = circlesOnPage([circle], 3, view, map);
    const centre = projectInBox(view, 1000, 600, [38, 51]);
    // About the radius at the centre's scale each way (Mercator draws the northern half a little longer: 2 px here).
    const r = 120_000 / metresPerPixel(6, 51);
    const near = (a: number, b: number) => Math.abs(a - b) < 3;
    expect([box.left, box.right, box.top, box.bottom].map((v, i) => near(v, [20 + centre.x - r, 20 + centre.x + r, 100 + centre.y - r, 100 + centre.y + r][i]))).toEqual([true, true, true, true]);
    expect(box.bottom - (100 + centre.y)).toBeLessThan(100 + centre.y - box.top);
  });
  it('leaves out a circle the step does not show, and every circle before the map has a view', () => {
    expect(circlesOnPage([circle], 2, view, map)).toEqual([]);
    expect(circlesOnPage([circle], 3, null, map)).toEqual([]);
  });
  it('moves the key off a circle whose number it clears (scene 5 at 1280 × 720)', () => {
    const at = { 'lower-left': { left: 0, top: 300, right: 400, bottom: 680 }, 'upper-left': { left: 0, top: 0, right: 400, bottom: 300 } } as Record<KeyCorner, { left: number; top: number; right: number; bottom: number }>;
    const boxAt = (corner: KeyCorner) => at[corner] ?? { left: 0, top: 0, right: 2000, bottom: 2000 };
    const scaleBar = { left: 0, top: 690, right: 100, bottom: 700 };
    const subject = { left: 0, top: 300, right: 400, bottom: 700 };
    expect(keyCorner(boxAt, [], [scaleBar], subject)).toBe('upper-left');
    expect(keyCorner(boxAt, [{ left: 350, top: 0, right: 500, bottom: 150 }], [scaleBar], subject)).toBe('lower-left');
  });
});
