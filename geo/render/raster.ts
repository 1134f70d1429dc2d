/**
 * SVG → PNG or JPEG with resvg, drawn only with the bundled Inter files so the bytes do not depend on the
 * machine. resvg's async API runs on libuv's thread pool, which keeps the server answering while it draws.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import jpeg from 'jpeg-js';
import { FONT_FAMILY } from '../style';
import { fontFiles } from './fonts';
import { withTextChunks } from './png-text';

export interface RasterOptions {
  width: number;
  height: number;
  scale?: number;
  /** Text fields to embed (PNG iTXt chunks, JPEG comments), kept as UTF-8. */
  text?: [string, string][];
  signal?: AbortSignal;
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

export async function renderPng(svg: string, opts: RasterOptions): Promise<Buffer> {
  const image = await renderAsync(svg, resvgOptions(opts), opts.signal ?? null);
  return withTextChunks(image.asPng(), opts.text ?? []);
}

/** RGBA pixels as resvg draws them: tests sample colours from these. */
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
export async function renderJpeg(svg: string, opts: RasterOptions): Promise<Buffer> {
  const { width, height, pixels } = await renderPixels(svg, opts);
  const comments = (opts.text ?? []).map(([k, v]) => Buffer.from(`${k}: ${v}`, 'utf8').toString('latin1'));
  return jpeg.encode({ data: pixels, width, height, comments }, JPEG_QUALITY).data;
}
