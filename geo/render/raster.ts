import 'server-only';
/**
 * SVG → PNG or JPEG with resvg (raster-job.ts says how), on the raster pool's worker threads (raster-pool.ts): a
 * 40-megapixel JPEG takes seconds of jpeg-js, which on the request thread stalled every other request meanwhile.
 */
import { renderAsync } from '@resvg/resvg-js';
import type { ExportInputs } from './export-picture';
import type { ExportParams } from './params';
import { rasterJob, type RasterOptions, resvgOptions } from './raster-job';
import { createRasterPool, type RasterPool } from './raster-pool';

export type { RasterOptions };

/** Two threads for two cores, as many as the export limiter lets run at once. */
export const RASTER_THREADS = 2;
/**
 * A thread is replaced once jpeg-js has encoded 8 megapixels on it (one 4K JPEG, or a few smaller ones): its exit
 * hands back the heap jpeg-js grew; starting another costs about 25 ms, and its first export reads the map's shapes
 * and places the figures again (a few hundred ms, on that thread).
 */
const RETIRE_AFTER_PIXELS = 8e6;

/** One pool per process (kept on globalThis, so a module reloaded in development does not start another). */
const POOL = Symbol.for('buildup-map.raster-pool');
export function rasterPool(): RasterPool {
  const holder = globalThis as { [POOL]?: RasterPool };
  return (holder[POOL] ??= createRasterPool({ size: RASTER_THREADS, retireAfterPixels: RETIRE_AFTER_PIXELS }));
}

export function renderPng(svg: string, opts: RasterOptions): Promise<Buffer> {
  return rasterPool().run({ kind: 'svg', job: rasterJob(svg, 'png', opts) }, opts.signal);
}

export function renderJpeg(svg: string, opts: RasterOptions): Promise<Buffer> {
  return rasterPool().run({ kind: 'svg', job: rasterJob(svg, 'jpeg', opts) }, opts.signal);
}

/** A PNG or JPEG export, written, drawn and encoded on a worker thread. */
export function renderRasterExport(params: ExportParams & { format: 'png' | 'jpeg' }, inputs: ExportInputs, signal?: AbortSignal): Promise<Buffer> {
  return rasterPool().run({ kind: 'export', params, inputs }, signal);
}

/** RGBA pixels as resvg draws them, on this thread: tests sample colours from these. */
export async function renderPixels(svg: string, opts: RasterOptions): Promise<{ width: number; height: number; pixels: Buffer }> {
  const image = await renderAsync(svg, resvgOptions(opts), opts.signal ?? null);
  return { width: image.width, height: image.height, pixels: image.pixels };
}
