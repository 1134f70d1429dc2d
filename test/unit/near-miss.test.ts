import { describe, expect, it } from 'vitest';
import { nearMiss } from '@/geo/near-miss';

const NAMES = ['zoom', 'lat', 'lng', 'width', 'height', 'format', 'title', 'subtitle', 'v'];

describe('nearMiss', () => {
  it('finds the name a slip of the keyboard meant', () => {
    expect(nearMiss('heigth', NAMES)).toBe('height');
    expect(nearMiss('widht', NAMES)).toBe('width');
    expect(nearMiss('Format', NAMES)).toBe('format');
    expect(nearMiss('tilte', NAMES)).toBe('title');
    expect(nearMiss('zom', NAMES)).toBe('zoom');
    expect(nearMiss('V', NAMES)).toBe('v');
  });

  it('takes a name itself, and words that are not near any, for what they are', () => {
    expect(nearMiss('height', NAMES)).toBeNull();
    for (const other of ['t', '_', 'utm_source', 'fbclid', 'cachebust', 'latitude']) expect(nearMiss(other, NAMES), other).toBeNull();
  });
});
