/**
 * The raster step of an export, as the raster worker runs it: resvg draws the SVG, then the pixels become a PNG
 * (resvg's encoder, the text chunks spliced in after IHDR) or a JPEG (sharp, jpeg-encode.ts, drawn and encoded a band
 * at a time and joined, jpeg-bands.ts: quality and comments as given).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ExportInputs } from './export-picture';
import { type Band, joinJpegBands, jpegBands } from './jpeg-bands';
import { withJfifDensity, withJpegComments } from './jpeg-comments';
import { encodeJpeg } from './jpeg-encode';
import type { ExportParams } from './params';
import { spliceAfterIhdr } from './png-splice';
import type { StopFlag } from './stop-flag';

/** One picture's raster work, as it crosses to a worker thread (structured clone: plain data only). */
export interface RasterJob {
  svg: string;
  options: ResvgRenderOptions;
  format: 'png' | 'jpeg';
  /** PNG: framed chunks to put right after IHDR (png-text.ts's pngChunks). */
  pngChunks?: Uint8Array;
  /** JPEG: one comment (COM) segment each ("Key: value"), and the quality. */
  jpegComments?: string[];
  jpegQuality?: number;
  /** JPEG: the resolution its JFIF header says (print), else none. */
  dpi?: number | null;
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
    const drawn = drawPixels({ ...job, svg: drawnSvg(job.svg, band) }, band);
    await release();
    strips.push(await encoding(() => encodeJpeg({ ...drawn, quality })));
  }
  const joined = joinJpegBands(strips);
  return withJpegComments(job.dpi ? withJfifDensity(joined, job.dpi) : joined, job.jpegComments ?? []);
}

/** The SVG root as svgDocument (render-svg.ts) writes it: its size and a viewBox at the origin, in SVG units. */
const ROOT_SIZE = /^(<svg [^>]*?)width="([\d.]+)" height="([\d.]+)" viewBox="0 0 \2 \3"/;

/**
 * What resvg draws on a layer of its own. Drawn in a band, such a group far below the band's top made resvg 2.6
 * panic (and a panic aborts the whole process), so an SVG with one is drawn whole. Exports have none ('cover').
 */
const LAYERED = /\s(?:opacity|clip-path|mask|filter)=|<style|\sstyle=/;

/**
 * Rows drawn above and below each band and then left out of it: anti-aliasing near a picture's edge differs from
 * inside it (by up to 79 levels within a few rows of the edge, measured), so each band's own rows are drawn away
 * from the edge of what resvg draws. In output pixels, at least.
 */
const BAND_MARGIN_PX = 32;

export interface PictureBand extends Band {
  unit: number;
  /** The rows drawn: the band and its margins, within the picture. */
  drawnTop: number;
  drawnHeight: number;
}

/** Output pixels per SVG unit, and the picture's size in output pixels; null when the SVG is not written that way. */
function pictureSize(job: RasterJob): { unit: number; width: number; height: number } | null {
  const root = ROOT_SIZE.exec(job.svg);
  const fit = job.options.fitTo;
  if (!root || fit?.mode !== 'width' || LAYERED.test(job.svg)) return null;
  const unit = fit.value / Number(root[2]);
  return Number.isInteger(unit) ? { unit, width: fit.value, height: Math.round(Number(root[3]) * unit) } : null;
}

/** A JPEG's bands (jpeg-bands.ts); one, the whole picture drawn at once, when it cannot be drawn in bands. */
export function pictureBands(job: RasterJob): PictureBand[] | [null] {
  const size = pictureSize(job);
  if (!size) return [null];
  const margin = size.unit * Math.ceil(BAND_MARGIN_PX / size.unit);
  return jpegBands(size.width, size.height, size.unit).map((band) => {
    const drawnTop = Math.max(0, band.top - margin);
    const drawnHeight = Math.min(size.height, band.top + band.height + margin) - drawnTop;
    return { ...band, unit: size.unit, drawnTop, drawnHeight };
  });
}

/** The SVG narrowed to the rows drawn for one band (its viewBox a strip of the picture's), or whole. */
function drawnSvg(svg: string, band: PictureBand | null): string {
  if (!band) return svg;
  return svg.replace(ROOT_SIZE, (_, open: string, width: string) => {
    const [top, height] = [band.drawnTop / band.unit, band.drawnHeight / band.unit];
    return `${open}width="${width}" height="${height}" viewBox="0 ${top} ${width} ${height}"`;
  });
}

/**
 * A copy of the pixels drawn, and the band's rows among them: resvg's own image (and its pixmap) is unreachable once
 * this returns, and is freed at the next collection.
 */
function drawPixels(job: RasterJob, band: PictureBand | null) {
  const image = new Resvg(job.svg, job.options).render();
  if (!band) return { width: image.width, height: image.height, pixels: image.pixels };
  if (image.height !== band.drawnHeight) throw new Error(`a JPEG band was drawn ${image.height} px high instead of ${band.drawnHeight}`);
  return { width: image.width, height: image.height, pixels: image.pixels, rows: { top: band.top - band.drawnTop, height: band.height } };
}

/** What the raster worker is asked: an SVG to draw, a whole PNG or JPEG export (its SVG written there too), or an SVG export. */
export type RasterWork =
  | { kind: 'svg'; job: RasterJob }
  | { kind: 'export'; params: ExportParams & { format: 'png' | 'jpeg' }; inputs: ExportInputs }
  | { kind: 'export-svg'; params: ExportParams & { format: 'svg' }; inputs: ExportInputs };

/** A job as the pool posts it: the work, and the thread's stop flag (shared memory). */
export interface RasterRequest { work: RasterWork; stop: StopFlag }

/** The worker's answer; the bytes travel as a transferred ArrayBuffer, without a copy. */
export type RasterAnswer = { ok: true; buffer: ArrayBuffer; headline: boolean } | { ok: false; message: string };

/** A raster job's bytes, and for an export whether it drew the figures in large type (its file name says so). */
export interface RasterResult { bytes: Buffer; headline: boolean }
