/**
 * How an SVG becomes raster work (raster-step.ts's RasterJob): drawn only with the bundled Inter files, so the
 * bytes do not depend on the machine, and with the image's text fields as PNG iTXt chunks or JPEG comments.
 */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../style';
import { fontFiles } from './fonts';
import { textChunks } from './png-text';
import type { RasterJob } from './raster-step';

export interface RasterOptions {
  width: number;
  height: number;
  scale?: number;
  /** Text fields to embed (PNG iTXt chunks, JPEG comments), kept as UTF-8. */
  text?: [string, string][];
  /** Aborting stops the job's worker thread (see raster-pool.ts). */
  signal?: AbortSignal;
}

export function resvgOptions({ width, scale = 1 }: Pick<RasterOptions, 'width' | 'scale'>): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

const JPEG_QUALITY = 90;

/**
 * The text fields go into JPEG comment (COM) segments, one per field: JPEG has no standard key/value text.
 * A comment is bytes; ours are UTF-8. jpeg-js writes one byte per UTF-16 code unit (charCodeAt), so it is
 * handed the UTF-8 bytes as a binary string, otherwise "Київ" or a curly quote would lose its high bits.
 */
const jpegComments = (text: [string, string][]) => text.map(([k, v]) => Buffer.from(`${k}: ${v}`, 'utf8').toString('latin1'));

export function rasterJob(svg: string, format: 'png' | 'jpeg', opts: RasterOptions): RasterJob {
  const text = opts.text ?? [];
  return format === 'png'
    ? { svg, options: resvgOptions(opts), format, pngChunks: textChunks(text) }
    : { svg, options: resvgOptions(opts), format, jpegComments: jpegComments(text), jpegQuality: JPEG_QUALITY };
}
