/**
 * The raster step of an export, as the raster worker runs it: resvg draws the SVG, then the pixels become a PNG
 * (resvg's encoder, the text chunks spliced in after IHDR) or a JPEG (sharp, jpeg-encode.ts, drawn and encoded a band
 * at a time and joined, jpeg-bands.ts: quality and comments as given).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ExportInputs } from './export-picture';
import { type Band, joinJpegBands, jpegBands } from './jpeg-bands';
import { withJpegComments } from './jpeg-comments';
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
   * Awaited after each band of a JPEG is drawn, once nothing refers to resvg's image any more: the worker frees the
   * band's pixmap there, before the next band is drawn.
   */
  release?: () => Promise<void>;
  /** Wraps each JPEG encode: the worker makes it unstoppable (stop-flag.ts). */
  encoding?: (encode: () => Promise<Buffer>) => Promise<Buffer>;
}

/** The PNG or JPEG bytes. */
export async function rasterize(job: RasterJob, { release = async () => {}, encoding = (encode) => encode() }: RasterHooks = {}): Promise<Buffer> {
  if (job.format === 'png') {
    const image = new Resvg(job.svg, job.options).render();
    return spliceAfterIhdr(image.asPng(), job.pngChunks ?? new Uint8Array(0));
  }
  const quality = job.jpegQuality ?? JPEG_QUALITY;
  const strips: Buffer[] = [];
  for (const band of pictureBands(job)) {
    const drawn = drawPixels({ ...job, svg: bandOf(job.svg, band) }, band);
    await release();
    strips.push(await encoding(() => encodeJpeg({ ...drawn, quality })));
  }
  return withJpegComments(joinJpegBands(strips), job.jpegComments ?? []);
}

/** The SVG root as svgDocument (render-svg.ts) writes it: its size and a viewBox at the origin, in SVG units. */
const ROOT_SIZE = /^(<svg [^>]*?)width="([\d.]+)" height="([\d.]+)" viewBox="0 0 \2 \3"/;

/** Output pixels per SVG unit, and the picture's size in output pixels; null when the SVG is not written that way. */
function pictureSize(job: RasterJob): { unit: number; width: number; height: number } | null {
  const root = ROOT_SIZE.exec(job.svg);
  const fit = job.options.fitTo;
  if (!root || fit?.mode !== 'width') return null;
  const unit = fit.value / Number(root[2]);
  return Number.isInteger(unit) ? { unit, width: fit.value, height: Math.round(Number(root[3]) * unit) } : null;
}

/** A JPEG's bands (jpeg-bands.ts); one band, the whole picture, when its size in output pixels is not known here. */
function pictureBands(job: RasterJob): (Band & { unit: number })[] | [null] {
  const size = pictureSize(job);
  return size ? jpegBands(size.width, size.height, size.unit).map((band) => ({ ...band, unit: size.unit })) : [null];
}

/** The SVG narrowed to one band: the same picture's rows from the band's top, as tall as the band. */
function bandOf(svg: string, band: (Band & { unit: number }) | null): string {
  if (!band) return svg;
  return svg.replace(ROOT_SIZE, (_, open: string, width: string) => {
    const [top, height] = [band.top / band.unit, band.height / band.unit];
    return `${open}width="${width}" height="${height}" viewBox="0 ${top} ${width} ${height}"`;
  });
}

/**
 * A copy of the band's pixels: resvg's own image (and its pixmap) is unreachable once this returns, and is freed at
 * the next collection.
 */
function drawPixels(job: RasterJob, band: Band | null) {
  const image = new Resvg(job.svg, job.options).render();
  if (band && image.height !== band.height) throw new Error(`a JPEG band was drawn ${image.height} px high instead of ${band.height}`);
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
