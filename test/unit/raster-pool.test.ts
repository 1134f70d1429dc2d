/**
 * The raster pool (geo/render/raster-pool.ts): worker threads give the bytes the same code gives in process, one job
 * per thread at a time; an aborted job stops its thread and settles only once the thread has stopped; a thread that
 * drew its share is replaced; and the request thread keeps its timers while a 40-megapixel JPEG is drawn and encoded.
 */
import { renderAsync } from '@resvg/resvg-js';
import jpegJs from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { fontFiles } from '@/geo/render/fonts';
import { textChunks, withTextChunks } from '@/geo/render/png-text';
import { createRasterPool, type RasterJob } from '@/geo/render/raster-pool';
import { renderJpeg } from '@/geo/render/raster';
import { renderMap } from '@/geo/render/render-svg';
import { FONT_FAMILY } from '@/geo/style';

const buildup = loadBuildup();
const geo = loadGeo();
const svgOf = (width: number, height: number) => renderMap({ buildup, geo, view: DEFAULT_VIEW, width, height, baseUrl: 'https://maps.example' }).svg;
const optionsFor = (width: number) => ({
  fitTo: { mode: 'width' as const, value: width },
  font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  shapeRendering: 2 as const,
  textRendering: 1 as const,
  logLevel: 'off' as const,
});
const FIELDS: [string, string][] = [['Title', 'Київ'], ['Source', '🇺🇦 Kyiv']];
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

describe('the raster pool', () => {
  const svg = svgOf(600, 400);

  it('gives the bytes drawn and encoded in process: PNG with its text chunks, JPEG with its comments', async () => {
    const pool = createRasterPool({ size: 1, retireAfterPixels: Infinity });
    const png = await pool.run({ svg, options: optionsFor(600), format: 'png', pngChunks: textChunks(FIELDS) });
    const image = await renderAsync(svg, optionsFor(600));
    expect(hex(png)).toBe(hex(withTextChunks(image.asPng(), FIELDS)));

    const comments = ['Title: x', 'Data version: 1'];
    const jpeg = await pool.run({ svg, options: optionsFor(600), format: 'jpeg', jpegComments: comments, jpegQuality: 90 });
    expect(hex(jpeg)).toBe(hex(jpegJs.encode({ data: image.pixels, width: image.width, height: image.height, comments }, 90).data));
    expect(pool.threads).toBe(1);
  });

  it('passes on what the renderer throws, and the thread takes the next job', async () => {
    const pool = createRasterPool({ size: 1, retireAfterPixels: Infinity });
    await expect(pool.run({ svg: 'not an svg', options: optionsFor(600), format: 'png' })).rejects.toThrow(/svg/i);
    expect((await pool.run({ svg, options: optionsFor(600), format: 'png' })).subarray(1, 4).toString()).toBe('PNG');
    expect(pool.threads).toBe(1);
  });

  it('runs one job per thread, the others waiting in line', async () => {
    const pool = createRasterPool({ size: 1, retireAfterPixels: Infinity });
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, pool.busy)), 1);
    const jobs = await Promise.all([0, 1, 2].map(() => pool.run({ svg, options: optionsFor(600), format: 'png' })));
    clearInterval(watch);
    expect(jobs.map((b) => b.length)).toEqual([jobs[0].length, jobs[0].length, jobs[0].length]);
    expect([most, pool.busy, pool.threads]).toEqual([1, 0, 1]);
  });

  it('replaces a thread once it has drawn its share', async () => {
    const pool = createRasterPool({ size: 1, retireAfterPixels: 500_000 });
    await pool.run({ svg, options: optionsFor(600), format: 'png' });
    expect(pool.threads).toBe(1);
    // 2 × 240,000 pixels is not yet 500,000; the third job brings it past.
    await pool.run({ svg, options: optionsFor(600), format: 'png' });
    expect(pool.threads).toBe(1);
    await pool.run({ svg, options: optionsFor(600), format: 'png' });
    expect(pool.threads).toBe(0);
    expect((await pool.run({ svg, options: optionsFor(600), format: 'png' })).length).toBeGreaterThan(0);
  });

  it('stops the thread of an aborted job, and settles only once it has stopped', async () => {
    const pool = createRasterPool({ size: 1, retireAfterPixels: Infinity });
    const big = svgOf(4000, 2500);
    const controller = new AbortController();
    const job: RasterJob = { svg: big, options: optionsFor(4000), format: 'jpeg', jpegQuality: 90 };
    const running = pool.run(job, controller.signal);
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toThrow(/abort/i);
    expect([pool.threads, pool.busy]).toEqual([0, 0]);
    // Aborted before it starts: no thread is started.
    await expect(pool.run(job, AbortSignal.abort())).rejects.toThrow(/abort/i);
    expect(pool.threads).toBe(0);
    expect((await pool.run({ svg, options: optionsFor(600), format: 'png' })).length).toBeGreaterThan(0);
  });

  it('rejects the job of a worker that cannot start', async () => {
    const pool = createRasterPool({ size: 1, retireAfterPixels: Infinity, file: '/nonexistent/raster-worker.mjs' });
    await expect(pool.run({ svg, options: optionsFor(600), format: 'png' })).rejects.toThrow(/Cannot find module|ERR_MODULE_NOT_FOUND|nonexistent/);
    expect(pool.threads).toBe(0);
  });
});

describe('a 40-megapixel JPEG export', () => {
  it('leaves the request thread free: its timers never wait more than 200 ms while the image is drawn and encoded', async () => {
    const svg = svgOf(8000, 5000);
    const gaps: number[] = [];
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const jpeg = await renderJpeg(svg, { width: 8000, height: 5000, text: FIELDS });
    const took = performance.now() - started;
    // Up to now too: work that blocked the thread at the very end would hold back the tick that measures it.
    gaps.push(performance.now() - last);
    clearInterval(tick);
    expect(jpeg.readUInt16BE(0)).toBe(0xffd8);
    // The measurement means something only if the work took a while and the timer kept running through it.
    expect(took).toBeGreaterThan(1000);
    expect(gaps.length).toBeGreaterThan(took / 10 / 4);
    expect(Math.max(...gaps)).toBeLessThan(200);
  }, 60_000);
});
