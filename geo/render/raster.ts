import 'server-only';
/**
 * SVG → PNG or JPEG with resvg and sharp (raster-job.ts says how), on the raster pool's worker threads
 * (raster-pool.ts): drawing 40 megapixels takes seconds, which on the request thread stalled every other request.
 */
import { renderAsync } from '@resvg/resvg-js';
// sharp encodes JPEGs on the raster threads. Loaded here as well, so that its native libraries stay loaded when a
// raster thread exits: on glibc, the last thread to let go of them unloads them (sharp's note on worker threads).
import 'sharp';
import type { ExportInputs } from './export-picture';
import type { ExportParams } from './params';
import { rasterJob, type RasterOptions, resvgOptions } from './raster-job';
import { createRasterPool, type RasterPool } from './raster-pool';
import type { RasterResult } from './raster-step';

export type { RasterOptions };

/** Two threads for two cores, as many as the export limiter lets run at once. */
export const RASTER_THREADS = 2;

/**
 * A thread idle for 30 s exits: each holds about 100 MB (its heap, the map's shapes, the renderer's modules), and a
 * new one costs about 25 ms to start plus its first export's preparation (a few hundred ms), so a journalist
 * exporting one size after another keeps warm threads.
 */
const IDLE_MS = 30_000;

/** One pool per process (kept on globalThis, so a module reloaded in development does not start another). */
const POOL = Symbol.for('buildup-map.raster-pool');
export function rasterPool(): RasterPool {
  const holder = globalThis as { [POOL]?: RasterPool };
  return (holder[POOL] ??= createRasterPool({ size: RASTER_THREADS, idleMs: IDLE_MS }));
}

export function renderPng(svg: string, opts: RasterOptions): Promise<Buffer> {
  return rasterPool().run({ kind: 'svg', job: rasterJob(svg, 'png', opts) }, opts.signal).then((r) => r.bytes);
}

export function renderJpeg(svg: string, opts: RasterOptions): Promise<Buffer> {
  return rasterPool().run({ kind: 'svg', job: rasterJob(svg, 'jpeg', opts) }, opts.signal).then((r) => r.bytes);
}

/** A PNG or JPEG export, written, drawn and encoded on a worker thread. */
export function renderRasterExport(params: ExportParams & { format: 'png' | 'jpeg' }, inputs: ExportInputs, signal?: AbortSignal): Promise<RasterResult> {
  return rasterPool().run({ kind: 'export', params, inputs }, signal);
}

/** An SVG export, written on a worker thread: stopped like a raster's past its time, and off the request thread. */
export function renderSvgExport(params: ExportParams & { format: 'svg' }, inputs: ExportInputs, signal?: AbortSignal): Promise<RasterResult> {
  return rasterPool().run({ kind: 'export-svg', params, inputs }, signal);
}

/** RGBA pixels as resvg draws them, on this thread: tests sample colours from these. */
export async function renderPixels(svg: string, opts: RasterOptions): Promise<{ width: number; height: number; pixels: Buffer }> {
  const image = await renderAsync(svg, resvgOptions(opts), opts.signal ?? null);
  return { width: image.width, height: image.height, pixels: image.pixels };
}
