/**
 * The raster step of an export, as the raster worker runs it: resvg draws the SVG, then the pixels become a PNG
 * (resvg's encoder, the text chunks spliced in after IHDR) or a JPEG (jpeg-js, quality and comments as given).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import jpeg from 'jpeg-js';
import type { ExportInputs } from './export-picture';
import type { ExportParams } from './params';
import { spliceAfterIhdr } from './png-splice';

/** One picture's raster work, as it crosses to a worker thread (structured clone: plain data only). */
export interface RasterJob {
  svg: string;
  options: ResvgRenderOptions;
  format: 'png' | 'jpeg';
  /** PNG: framed chunks to put right after IHDR (png-text.ts's textChunks). */
  pngChunks?: Uint8Array;
  /** JPEG: one comment (COM) segment each, as binary strings (one byte a character). */
  jpegComments?: string[];
  jpegQuality?: number;
}

/**
 * The PNG or JPEG bytes and the number of pixels drawn. `release` is awaited between drawing and a JPEG's encode,
 * once nothing refers to resvg's image any more: the worker frees the pixmap there, so the 40 MP case holds one
 * full RGBA copy while jpeg-js works rather than two.
 */
export async function rasterize(job: RasterJob, release: () => Promise<void> = async () => {}): Promise<{ bytes: Buffer; pixels: number }> {
  if (job.format === 'png') {
    const image = new Resvg(job.svg, job.options).render();
    return { bytes: spliceAfterIhdr(image.asPng(), job.pngChunks ?? new Uint8Array(0)), pixels: image.width * image.height };
  }
  const { width, height, pixels } = drawPixels(job);
  await release();
  const bytes = jpeg.encode({ data: pixels, width, height, comments: job.jpegComments ?? [] }, job.jpegQuality).data;
  return { bytes, pixels: width * height };
}

/** A copy of the pixels: resvg's own image (and its pixmap) is unreachable once this returns. */
function drawPixels(job: RasterJob) {
  const image = new Resvg(job.svg, job.options).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** What the raster worker is asked: an SVG to draw, or a whole PNG or JPEG export (its SVG written there too). */
export type RasterWork =
  | { kind: 'svg'; job: RasterJob }
  | { kind: 'export'; params: ExportParams & { format: 'png' | 'jpeg' }; inputs: ExportInputs };

/**
 * The worker's answer. `heapPixels`: the pixels encoded by jpeg-js, whose arrays grow the thread's JavaScript heap
 * (V8 keeps the pages after collecting them); resvg's PNG encode is native and hands its memory back.
 */
export type RasterAnswer = { ok: true; buffer: ArrayBuffer; pixels: number; heapPixels: number } | { ok: false; message: string };
