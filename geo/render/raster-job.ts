/**
 * How an SVG becomes raster work (raster-step.ts's RasterJob): drawn only with the bundled Inter files, so the
 * bytes do not depend on the machine, and with the image's text fields as PNG iTXt chunks or JPEG comments.
 */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../style';
import { fontFiles } from './fonts';
import { pngChunks } from './png-text';
import { JPEG_QUALITY, type RasterJob } from './raster-step';

export interface RasterOptions {
  width: number;
  height: number;
  scale?: number;
  /** Text fields to embed (PNG iTXt chunks, JPEG comments), kept as UTF-8. */
  text?: [string, string][];
  /** The resolution the file says it is for (PNG pHYs, JPEG JFIF density); null: none said. */
  dpi?: number | null;
  /** Aborting stops the job's worker thread (see raster-pool.ts). */
  signal?: AbortSignal;
}

const NO_CROP = { left: 0, top: 0, right: 0, bottom: 0 };

export function resvgOptions({ width, scale = 1 }: Pick<RasterOptions, 'width' | 'scale'>): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
    // resvg-js 2.6 copies every picture it draws into a cropped one, by default to the picture's own size: a second
    // pixmap as large as the first (160 MB at 40 MP). An empty rectangle is no crop at all, and no copy.
    crop: NO_CROP,
  };
}

/** The text fields as JPEG comments, one per field (jpeg-comments.ts writes them as UTF-8). */
const jpegComments = (text: [string, string][]) => text.map(([k, v]) => `${k}: ${v}`);

export function rasterJob(svg: string, format: 'png' | 'jpeg', opts: RasterOptions): RasterJob {
  const text = opts.text ?? [];
  return format === 'png'
    ? { svg, options: resvgOptions(opts), format, pngChunks: pngChunks(text, opts.dpi ?? null) }
    : { svg, options: resvgOptions(opts), format, jpegComments: jpegComments(text), jpegQuality: JPEG_QUALITY, dpi: opts.dpi ?? null };
}
