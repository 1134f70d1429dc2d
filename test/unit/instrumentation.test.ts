/**
 * instrumentation.ts: as a server process starts, one raster thread is started and warmed before any export asks,
 * and a build's own processes start none (they serve no exports).
 */
import { afterEach, describe, expect, it } from 'vitest';
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
});
