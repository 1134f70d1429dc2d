import { describe, expect, it } from 'vitest';
import { keyCorner, type KeyCorner } from '@/components/present/key-corner';

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
});
