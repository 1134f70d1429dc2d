/** The stop flag (geo/render/stop-flag.ts): the pool and a raster thread never both win it. */
import { describe, expect, it } from 'vitest';
import { claimStop, createStopFlag, unstoppable } from '@/geo/render/stop-flag';

describe('the stop flag', () => {
  it('lets the pool stop a thread that is not encoding, and the thread then starts no encode', async () => {
    const flag = createStopFlag();
    expect(claimStop(flag)).toBe(true);
    let encoded = false;
    await expect(unstoppable(flag, async () => (encoded = true))).rejects.toThrow('the raster thread is being stopped');
    expect(encoded).toBe(false);
  });

  it('refuses the pool while the thread encodes, and gives it back when the encode ends, even by throwing', async () => {
    const flag = createStopFlag();
    let release!: () => void;
    const encoding = unstoppable(flag, () => new Promise<string>((resolve) => (release = () => resolve('jpeg'))));
    expect(claimStop(flag)).toBe(false);
    release();
    expect(await encoding).toBe('jpeg');
    await expect(unstoppable(flag, async () => Promise.reject(new Error('bad pixels')))).rejects.toThrow('bad pixels');
    expect(claimStop(flag)).toBe(true);
  });
});
