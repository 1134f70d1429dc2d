/**
 * store/raster-warm-up.ts: the work a ready raster thread is warmed with is an export the real raster worker draws
 * from the latest data (a warm-up the worker refused would leave every thread cold, and say so nowhere).
 */
import { describe, expect, it } from 'vitest';
import { createRasterPool } from '@/geo/render/raster-pool';
import { currentData } from '@/store/current';
import { warmUpWork } from '@/store/raster-warm-up';

describe('the raster warm-up', () => {
  it('is a small SVG export of the latest data, which a raster thread writes', async () => {
    const work = await warmUpWork();
    expect(work.kind).toBe('export-svg');
    if (work.kind !== 'export-svg') return;
    expect([work.params.width, work.params.height, work.inputs.buildup.dataVersion]).toEqual([640, 360, (await currentData()).buildup.dataVersion]);
    const pool = createRasterPool({ size: 1 });
    const svg = (await pool.run(work)).bytes.toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toMatch(/<svg[^>]* width="640"[^>]* height="360"/);
  });
});
