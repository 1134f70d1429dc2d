import 'server-only';
/**
 * SVG → PNG or JPEG with resvg, drawn only with the bundled Inter files so the bytes do not depend on the
 * machine. The drawing and the encode run on the raster pool's worker threads (raster-pool.ts): a 40-megapixel
 * JPEG takes seconds of jpeg-js, which on the request thread stalled every other request meanwhile.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../style';
import { fontFiles } from './fonts';
import { textChunks } from './png-text';
import { createRasterPool, type RasterPool } from './raster-pool';

export interface RasterOptions {
  width: number;
  height: number;
  scale?: number;
  /** Text fields to embed (PNG iTXt chunks, JPEG comments), kept as UTF-8. */
  text?: [string, string][];
  /** Aborting stops the job's worker thread (see raster-pool.ts). */
  signal?: AbortSignal;
}

/** Two threads for two cores, as many as the export limiter lets run at once. */
export const RASTER_THREADS = 2;
/**
 * A thread is replaced once it has drawn 8 megapixels (one 4K image, or a few smaller ones): its exit hands back
 * the heap jpeg-js grew; starting another costs about 25 ms.
 */
const RETIRE_AFTER_PIXELS = 8e6;

/** One pool per process (kept on globalThis, so a module reloaded in development does not start another). */
const POOL = Symbol.for('buildup-map.raster-pool');
export function rasterPool(): RasterPool {
  const holder = globalThis as { [POOL]?: RasterPool };
  return (holder[POOL] ??= createRasterPool({ size: RASTER_THREADS, retireAfterPixels: RETIRE_AFTER_PIXELS }));
}

function resvgOptions({ width, scale = 1 }: RasterOptions): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

export function renderPng(svg: string, opts: RasterOptions): Promise<Buffer> {
  return rasterPool().run({ svg, options: resvgOptions(opts), format: 'png', pngChunks: textChunks(opts.text ?? []) }, opts.signal);
}

/** RGBA pixels as resvg draws them, on this thread: tests sample colours from these. */
export async function renderPixels(svg: string, opts: RasterOptions): Promise<{ width: number; height: number; pixels: Buffer }> {
  const image = await renderAsync(svg, resvgOptions(opts), opts.signal ?? null);
  return { width: image.width, height: image.height, pixels: image.pixels };
}

const JPEG_QUALITY = 90;

/**
 * The text fields go into JPEG comment (COM) segments, one per field: JPEG has no standard key/value text.
 * A comment is bytes; ours are UTF-8. jpeg-js writes one byte per UTF-16 code unit (charCodeAt), so it is
 * handed the UTF-8 bytes as a binary string, otherwise "Київ" or a curly quote would lose its high bits.
 */
export function renderJpeg(svg: string, opts: RasterOptions): Promise<Buffer> {
  const jpegComments = (opts.text ?? []).map(([k, v]) => Buffer.from(`${k}: ${v}`, 'utf8').toString('latin1'));
  return rasterPool().run({ svg, options: resvgOptions(opts), format: 'jpeg', jpegComments, jpegQuality: JPEG_QUALITY }, opts.signal);
}
