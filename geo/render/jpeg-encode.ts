/**
 * A JPEG from RGBA pixels, encoded by sharp (libvips): native and in strips, so a 40-megapixel export holds its pixels
 * and little more while it is encoded. jpeg-js, the JavaScript encoder before it, took 2.3 s and grew its thread's
 * heap by about 675 MB for 40 MP; sharp about 0.4 s and 250 MB (README, "Performance"). It runs on the raster
 * threads, which the pool never terminates while they encode (stop-flag.ts).
 */
import sharp from 'sharp';
import { withJpegComments } from './jpeg-comments';

// libvips's operation cache keeps recent results for reuse; every export is new pixels, so it would only hold memory.
sharp.cache(false);

export interface JpegInput {
  pixels: Uint8Array;
  width: number;
  height: number;
  quality: number;
  /** One COM segment each, written as UTF-8. */
  comments: string[];
}

/**
 * The JPEG: the pixels' alpha dropped (exports are opaque), chroma at full resolution (4:4:4) as jpeg-js wrote it,
 * because 4:2:0 blurs the colour of small red and blue type, and the text fields as comments.
 */
export async function encodeJpeg({ pixels, width, height, quality, comments }: JpegInput): Promise<Buffer> {
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality, chromaSubsampling: '4:4:4', optimiseCoding: false })
    .toBuffer();
  return withJpegComments(jpeg, comments);
}
