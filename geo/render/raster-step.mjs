/**
 * The raster step of an export, as the raster worker (raster-worker.mjs) runs it: resvg draws the SVG, then the
 * pixels become a PNG (resvg's encoder, the text chunks spliced in after IHDR) or a JPEG (jpeg-js, quality and
 * comments as given). Plain JavaScript, because Node loads the worker from disk, outside Next's bundle; everything
 * that needs the app's TypeScript (fonts, text fields) is worked out by raster.ts and arrives in the job.
 */
import resvg from '@resvg/resvg-js';
import jpeg from 'jpeg-js';
import { spliceAfterIhdr } from './png-splice.mjs';

/**
 * The PNG or JPEG bytes and the number of pixels drawn. `release` is awaited between drawing and a JPEG's encode,
 * once nothing refers to resvg's image any more: the worker frees the pixmap there, so the 40 MP case holds one
 * full RGBA copy while jpeg-js works rather than two.
 * @param {import('./raster-step.d.mts').RasterJob} job
 * @param {() => Promise<void>} [release]
 * @returns {Promise<{ bytes: Buffer; pixels: number }>}
 */
export async function rasterize(job, release = async () => {}) {
  if (job.format === 'png') {
    const image = new resvg.Resvg(job.svg, job.options).render();
    return { bytes: spliceAfterIhdr(image.asPng(), job.pngChunks ?? new Uint8Array(0)), pixels: image.width * image.height };
  }
  const { width, height, pixels } = drawPixels(job);
  await release();
  const bytes = jpeg.encode({ data: pixels, width, height, comments: job.jpegComments ?? [] }, job.jpegQuality).data;
  return { bytes, pixels: width * height };
}

/** A copy of the pixels: resvg's own image (and its pixmap) is unreachable once this returns. */
function drawPixels(job) {
  const image = new resvg.Resvg(job.svg, job.options).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}
