/**
 * A JPEG drawn and encoded in bands (geo/render/jpeg-bands.ts): the bands' heights, a join that decodes to the very
 * pixels of one whole encode, each way a band can be unfit named, and a wide export really drawn in bands.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { readJpegComments } from '@/geo/render/jpeg-comments';
import { joinJpegBands, jpegBands } from '@/geo/render/jpeg-bands';
import { encodeJpeg } from '@/geo/render/jpeg-encode';
import { renderPixels } from '@/geo/render/raster';
import { rasterJob } from '@/geo/render/raster-job';
import { pictureBands, rasterize } from '@/geo/render/raster-step';
import { renderMap } from '@/geo/render/render-svg';

/** A picture with hard edges, gradients and noise, so every kind of 8 × 8 block is in it. */
function picture(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 4);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const i = (y * width + x) * 4;
      const inDisc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2;
      pixels[i] = inDisc ? 200 : (x * 255) / width;
      pixels[i + 1] = (y * 255) / height;
      pixels[i + 2] = (seed >> 8) & 0xff;
      pixels[i + 3] = 255;
    }
  }
  return pixels;
}

const rows = (pixels: Buffer, width: number, top: number, height: number) => pixels.subarray(top * width * 4, (top + height) * width * 4);
const decoded = async (jpeg: Buffer) => sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
/** The segment markers before the scan. */
function markers(jpeg: Buffer): number[] {
  const out: number[] = [];
  for (let at = 2; jpeg[at + 1] !== 0xda; at += 2 + jpeg.readUInt16BE(at + 2)) out.push(jpeg[at + 1]);
  return out;
}

describe('jpegBands', () => {
  it('cuts 40 megapixels into bands of 520 rows, each at most 65,535 MCUs, the last taking the rest', () => {
    const bands = jpegBands(8000, 5000);
    expect(bands).toHaveLength(10);
    expect(bands.slice(0, 9).every((b) => b.height === 520)).toBe(true);
    expect(bands.at(-1)).toEqual({ top: 4680, height: 320 });
    expect((8000 / 8) * (520 / 8)).toBeLessThanOrEqual(65535);
    expect((8000 / 8) * (528 / 8)).toBeGreaterThan(65535);
  });

  it('keeps band tops on the SVG grid at scale 3, and leaves a small picture whole', () => {
    const bands = jpegBands(6000, 4500, 3);
    expect(bands.every((b) => b.top % 24 === 0)).toBe(true);
    expect(bands.reduce((sum, b) => sum + b.height, 0)).toBe(4500);
    expect(Math.ceil(6000 / 8) * (bands[0].height / 8)).toBeLessThanOrEqual(65535);
    expect(jpegBands(1920, 1080)).toEqual([{ top: 0, height: 1080 }]);
  });

  it('refuses a picture too wide for one MCU row in a restart interval', () => {
    expect(() => jpegBands(65536 * 8, 100)).toThrow('a JPEG 524288 px wide is too wide to draw in bands');
  });
});

describe('joinJpegBands', () => {
  const [width, height, band] = [1000, 700, 160];
  const pixels = picture(width, height);
  const encodeRows = (top: number, h: number, quality = 90) => encodeJpeg({ pixels: rows(pixels, width, top, h), width, height: h, quality });
  const bandsOf = () => Promise.all([0, 160, 320, 480, 640].map((top) => encodeRows(top, Math.min(band, height - top))));

  it('joins bands into one JPEG with the very pixels of one whole encode', async () => {
    const joined = joinJpegBands(await bandsOf());
    const whole = await encodeJpeg({ pixels, width, height, quality: 90 });
    const [a, b] = await Promise.all([decoded(joined), decoded(whole)]);
    expect([a.info.width, a.info.height]).toEqual([width, height]);
    expect(a.data.equals(b.data)).toBe(true);
    // A restart interval of one band: 125 MCUs a row, 20 rows.
    expect(markers(joined)).toContain(0xdd);
    const dri = joined.indexOf(Buffer.from([0xff, 0xdd]));
    expect(joined.readUInt16BE(dri + 4)).toBe(125 * 20);
    // Four restart markers, RST0 to RST3, one before each band after the first.
    const scan = joined.subarray(joined.indexOf(Buffer.from([0xff, 0xda])));
    expect([0, 1, 2, 3].map((n) => scan.indexOf(Buffer.from([0xff, 0xd0 + n])) > 0)).toEqual([true, true, true, true]);
    expect(scan.indexOf(Buffer.from([0xff, 0xd4]))).toBe(-1);
  });

  it('numbers restart markers RST0 to RST7 and round again: 12 bands', async () => {
    const [w, h] = [203, 12 * 16];
    const small = picture(w, h);
    const strips = await Promise.all(Array.from({ length: 12 }, (_, i) => encodeJpeg({ pixels: rows(small, w, i * 16, 16), width: w, height: 16, quality: 90 })));
    const joined = joinJpegBands(strips);
    const scan = joined.subarray(joined.indexOf(Buffer.from([0xff, 0xda])));
    const restarts = [...scan.keys()].filter((i) => scan[i] === 0xff && scan[i + 1] >= 0xd0 && scan[i + 1] <= 0xd7).map((i) => scan[i + 1] - 0xd0);
    expect(restarts).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2]);
    const whole = await encodeJpeg({ pixels: small, width: w, height: h, quality: 90 });
    const [a, b] = await Promise.all([sharp(joined, { failOn: 'warning' }).raw().toBuffer(), decoded(whole)]);
    expect(a.equals(b.data)).toBe(true);
  });

  it('returns a single band as it is', async () => {
    const one = await encodeRows(0, height);
    expect(joinJpegBands([one]).equals(one)).toBe(true);
  });

  it('names each band that cannot be joined, and why', async () => {
    const bands = await bandsOf();
    const png = await sharp(rows(pixels, width, 0, band), { raw: { width, height: band, channels: 4 } }).png().toBuffer();
    expect(() => joinJpegBands([])).toThrow('no JPEG bands to join');
    expect(() => joinJpegBands([bands[0], png])).toThrow('JPEG band 2 of 2 is not a JPEG (no start-of-image marker)');
    expect(() => joinJpegBands([bands[0], bands[1].subarray(0, 2000)])).toThrow('JPEG band 2 of 2 does not end with an end-of-image marker');
    expect(() => joinJpegBands([...bands, bands[0]])).toThrow('JPEG band 5 of 6 is 60 px high, the first 160 px (only the last band may differ)');
    const other = await encodeRows(160, band, 80);
    expect(() => joinJpegBands([bands[0], other])).toThrow(
      'JPEG band 2 of 2 has other quantisation or Huffman tables than the first (another quality or optimised coding)',
    );
    expect(() => joinJpegBands([bands[4], bands[0]])).toThrow('JPEG band 2 of 2 is 160 px high, taller than the first (60 px)');
    const progressive = await sharp(rows(pixels, width, 0, band), { raw: { width, height: band, channels: 4 } }).jpeg({ progressive: true }).toBuffer();
    expect(() => joinJpegBands([progressive, bands[1]])).toThrow('JPEG band 1 of 2 is not a baseline JPEG (start of frame 0xFFC2)');
    const odd = [await encodeRows(0, 150), await encodeRows(150, 150)];
    expect(() => joinJpegBands(odd)).toThrow('JPEG bands must be a whole number of 8-pixel MCU rows high, not 150 px');
    const narrow = await encodeJpeg({ pixels: rows(pixels, width, 0, band).subarray(0, 800 * band * 4), width: 800, height: band, quality: 90 });
    expect(() => joinJpegBands([bands[0], narrow])).toThrow('JPEG band 2 of 2 is 800 px wide, the first 1000 px');
  });
});

describe('a large JPEG export', () => {
  const bandsOf = (width: number, height: number, scale: number) => pictureBands(exportJob(width, height, scale, 'full'));
  function exportJob(width: number, height: number, scale: number, layout: 'full' | 'chart' | 'map-only') {
    const { svg } = renderMap({ buildup: loadBuildup(), geo: loadGeo(), view: DEFAULT_VIEW, width, height, scale, layout, baseUrl: 'https://maps.example', mapEdge: 'cover' });
    return rasterJob(svg, 'jpeg', { width, height, scale, text: [['Title', 'Київ']] });
  }

  it('is drawn in bands in every layout, each band with margins inside the picture', () => {
    for (const layout of ['full', 'chart', 'map-only'] as const) expect(pictureBands(exportJob(8000, 5000, 1, layout))).toHaveLength(10);
    const bands = bandsOf(2730, 1600, 3);
    expect(bands).toHaveLength(10);
    const [first, second, last] = [bands[0]!, bands[1]!, bands.at(-1)!];
    expect([first.drawnTop, first.drawnHeight]).toEqual([0, 504 + 33]);
    expect([second.drawnTop, second.drawnHeight]).toEqual([504 - 33, 504 + 66]);
    expect(last.drawnTop + last.drawnHeight).toBe(4800);
  });

  it('is drawn whole when the SVG has a group resvg draws on a layer (drawn in a band, one made resvg panic)', () => {
    const job = exportJob(8000, 5000, 1, 'full');
    expect(pictureBands(job)).toHaveLength(10);
    for (const layered of ['<g opacity="0.5">', '<g clip-path="url(#c)">', '<g mask="url(#m)">', '<g filter="url(#f)">', '<style>', '<g style="opacity:.5">']) {
      expect(pictureBands({ ...job, svg: job.svg.replace('<g ', `${layered}</g><g `) })).toEqual([null]);
    }
    // fill-opacity and stroke-opacity are painted directly.
    expect(job.svg).toMatch(/ (fill|stroke)-opacity=/);
  });

  for (const [width, height, scale] of [[8000, 1200, 1], [2730, 1600, 3]] as const) {
    it(`${width}×${height} at scale ${scale}: the size asked, its comments, and the pixels of the whole picture drawn at once, with no seam`, async () => {
      const job = exportJob(width, height, scale, 'full');
      const jpeg = await rasterize(job);
      expect(markers(jpeg)).toContain(0xdd);
      expect(readJpegComments(jpeg)).toEqual(['Title: Київ']);
      const whole = await renderPixels(job.svg, { width, height, scale });
      const [banded, once] = await Promise.all([decoded(jpeg), decoded(await encodeJpeg({ ...whole, quality: 90 }))]);
      expect([banded.info.width, banded.info.height]).toEqual([width * scale, height * scale]);
      // Drawn from another origin, a few edges anti-alias a little differently; no row differs as a whole (a seam).
      const row = width * scale * 3;
      let [sum, worstRow] = [0, 0];
      for (let y = 0; y < height * scale; y++) {
        let rowSum = 0;
        for (let i = y * row; i < (y + 1) * row; i++) rowSum += Math.abs(banded.data[i] - once.data[i]);
        sum += rowSum;
        worstRow = Math.max(worstRow, rowSum / row);
      }
      expect(sum / once.data.length).toBeLessThan(0.02);
      expect(worstRow).toBeLessThan(0.25);
    }, 30_000);
  }
});
