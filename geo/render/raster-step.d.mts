/** Types for raster-step.mjs (plain JavaScript: the raster worker runs it outside Next's bundle). */
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** One export's raster work, as it crosses to a worker thread (structured clone: plain data only). */
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

export function rasterize(job: RasterJob, release?: () => Promise<void>): Promise<{ bytes: Buffer; pixels: number }>;
