/**
 * The raster step of an export, as the raster worker runs it: resvg draws the SVG, then the pixels become a PNG
 * (resvg's encoder, the text chunks spliced in after IHDR) or a JPEG (sharp, jpeg-encode.ts: quality and comments as
 * given).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ExportInputs } from './export-picture';
import { encodeJpeg } from './jpeg-encode';
import type { ExportParams } from './params';
import { spliceAfterIhdr } from './png-splice';
import type { StopFlag } from './stop-flag';

/** One picture's raster work, as it crosses to a worker thread (structured clone: plain data only). */
export interface RasterJob {
  svg: string;
  options: ResvgRenderOptions;
  format: 'png' | 'jpeg';
  /** PNG: framed chunks to put right after IHDR (png-text.ts's textChunks). */
  pngChunks?: Uint8Array;
  /** JPEG: one comment (COM) segment each ("Key: value"), and the quality. */
  jpegComments?: string[];
  jpegQuality?: number;
}

/** Exports' JPEG quality unless a job says otherwise. */
export const JPEG_QUALITY = 90;

export interface RasterHooks {
  /**
   * Awaited between drawing and a JPEG's encode, once nothing refers to resvg's image any more: the worker frees the
   * pixmap there (drawPixels).
   */
  release?: () => Promise<void>;
  /** Wraps the JPEG encode: the worker makes it unstoppable (stop-flag.ts). */
  encoding?: (encode: () => Promise<Buffer>) => Promise<Buffer>;
}

/** The PNG or JPEG bytes. */
export async function rasterize(job: RasterJob, { release = async () => {}, encoding = (encode) => encode() }: RasterHooks = {}): Promise<Buffer> {
  if (job.format === 'png') {
    const image = new Resvg(job.svg, job.options).render();
    return spliceAfterIhdr(image.asPng(), job.pngChunks ?? new Uint8Array(0));
  }
  const drawn = drawPixels(job);
  await release();
  return encoding(() => encodeJpeg({ ...drawn, quality: job.jpegQuality ?? JPEG_QUALITY, comments: job.jpegComments ?? [] }));
}

/**
 * A copy of the pixels: resvg's own image (and its pixmap) is unreachable once this returns. (Drawn in horizontal
 * bands, each an SVG with a narrower viewBox, a 40 MP picture held 30 MB less at its peak but took twice as long:
 * each band parses the SVG again.)
 */
function drawPixels(job: RasterJob) {
  const image = new Resvg(job.svg, job.options).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** What the raster worker is asked: an SVG to draw, or a whole PNG or JPEG export (its SVG written there too). */
export type RasterWork =
  | { kind: 'svg'; job: RasterJob }
  | { kind: 'export'; params: ExportParams & { format: 'png' | 'jpeg' }; inputs: ExportInputs };

/** A job as the pool posts it: the work, and the thread's stop flag (shared memory). */
export interface RasterRequest { work: RasterWork; stop: StopFlag }

/** The worker's answer; the bytes travel as a transferred ArrayBuffer, without a copy. */
export type RasterAnswer = { ok: true; buffer: ArrayBuffer } | { ok: false; message: string };
