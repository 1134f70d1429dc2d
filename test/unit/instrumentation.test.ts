/**
 * instrumentation.ts: as a server process starts, one raster thread is started and warmed before any export asks,
 * and a build's own processes start none (they serve no exports).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from '@/instrumentation';
import { rasterPool } from '@/geo/render/raster';

const env = { runtime: process.env.NEXT_RUNTIME, phase: process.env.NEXT_PHASE };
afterEach(() => {
  process.env.NEXT_RUNTIME = env.runtime;
  process.env.NEXT_PHASE = env.phase;
  if (env.runtime === undefined) delete process.env.NEXT_RUNTIME;
  if (env.phase === undefined) delete process.env.NEXT_PHASE;
});

describe('the start-up hook', () => {
  it('starts nothing in the build, nor outside the Node.js runtime', async () => {
    process.env.NEXT_RUNTIME = 'nodejs';
    process.env.NEXT_PHASE = 'phase-production-build';
    await register();
    process.env.NEXT_RUNTIME = 'edge';
    delete process.env.NEXT_PHASE;
    await register();
    expect(rasterPool().threads).toBe(0);
  });

  it('starts one raster thread in a server process, which the warm-up keeps busy until it is ready', async () => {
    process.env.NEXT_RUNTIME = 'nodejs';
    delete process.env.NEXT_PHASE;
    await register();
    expect(rasterPool().threads).toBe(1);
    // The warm-up export runs on it, then it rests, still there.
    await expect.poll(() => rasterPool().busy, { timeout: 20_000 }).toBe(0);
    expect(rasterPool().threads).toBe(1);
  });

  it('logs a failure to keep a thread ready, and lets the server start all the same', async () => {
    process.env.NEXT_RUNTIME = 'nodejs';
    delete process.env.NEXT_PHASE;
    vi.resetModules();
    vi.doMock('@/store/raster-warm-up', () => ({
      keepRasterThreadWarm: () => {
        throw new Error('the store cannot be opened');
      },
    }));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { register: registerAgain } = await import('@/instrumentation');
    await expect(registerAgain()).resolves.toBeUndefined();
    const [label, reason] = logged.mock.calls[0] ?? [];
    expect(label).toBe('[raster] no thread kept ready:');
    expect(reason).toBe('the store cannot be opened');
    logged.mockRestore();
    vi.doUnmock('@/store/raster-warm-up');
  });
});
