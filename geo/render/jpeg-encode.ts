/**
 * A JPEG from RGBA pixels, encoded by sharp (libvips): native and in strips, so it holds the pixels and little more
 * while it encodes (an export's pixels come a band at a time: jpeg-bands.ts). jpeg-js, the JavaScript encoder before it, took 2.3 s and grew its thread's
 * heap by about 675 MB for 40 MP; sharp about 0.4 s and 250 MB (README, "Performance"). It runs on the raster
 * threads, which the pool never terminates while they encode (stop-flag.ts).
 */
import sharp from 'sharp';

// libvips's operation cache keeps recent results for reuse; every export is new pixels, so it would only hold memory.
sharp.cache(false);

export interface JpegInput {
  pixels: Uint8Array;
  width: number;
  height: number;
  quality: number;
  /** Only these rows of the pixels (a band drawn with margins, raster-step.ts); absent: all. */
  rows?: { top: number; height: number };
}

/**
 * The JPEG: the pixels' alpha dropped (exports are opaque), chroma at full resolution (4:4:4) as jpeg-js wrote it,
 * because 4:2:0 blurs the colour of small red and blue type. Its text fields are added later (jpeg-comments.ts),
 * once its bands are joined (jpeg-bands.ts).
 */
export function encodeJpeg({ pixels, width, height, quality, rows }: JpegInput): Promise<Buffer> {
  const image = sharp(pixels, { raw: { width, height, channels: 4 } });
  return (rows ? image.extract({ left: 0, top: rows.top, width, height: rows.height }) : image)
    .removeAlpha()
    .jpeg({ quality, chromaSubsampling: '4:4:4', optimiseCoding: false })
    .toBuffer();
}
