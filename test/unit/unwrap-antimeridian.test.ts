import { describe, expect, it } from 'vitest';
import { unwrapAntimeridian } from '@/geo/unwrap-antimeridian';

describe('unwrapAntimeridian', () => {
  it('leaves a ring that does not cross 180° alone', () => {
    const ring = [[30, 50], [31, 50], [31, 51], [30, 50]];
    expect(unwrapAntimeridian(ring)).toEqual(ring);
  });

  it('makes a ring that jumps from +179 to -179 continuous, east of 180', () => {
    const ring = [[178, 65], [-179, 65], [-179, 66], [178, 66], [178, 65]];
    expect(unwrapAntimeridian(ring)).toEqual([[178, 65], [181, 65], [181, 66], [178, 66], [178, 65]]);
  });

  it('moves a ring that starts west of the cut (as Russia’s mainland does) back into view', () => {
    const ring = [[-180, 65], [-175, 66], [-180, 67], [179, 67], [30, 60], [179, 64], [-180, 65]];
    const unwrapped = unwrapAntimeridian(ring);
    expect(Math.min(...unwrapped.map(([lng]) => lng))).toBe(30);
    expect(unwrapped[4]).toEqual([30, 60]);
  });
});
