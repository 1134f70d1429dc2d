import { describe, expect, it } from 'vitest';
import { cssPercent } from '@/geo/css-percent';

describe('cssPercent', () => {
  it('gives a percentage to a hundredth', () => {
    expect(cssPercent((4 / 117) * 100)).toBe('3.42%');
    expect(cssPercent((70 / 76) * 100)).toBe('92.11%');
    expect(cssPercent(0)).toBe('0%');
    expect(cssPercent(100)).toBe('100%');
  });
});
