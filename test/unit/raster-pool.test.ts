/**
 * The raster pool (geo/render/raster-pool.ts): worker threads give the bytes the same code gives in process, one job
 * per thread at a time; an aborted job stops its thread and settles only once the thread has stopped, and a thread
 * encoding a JPEG band is let finish that encode and stopped then; and the request thread keeps its timers while a 40-megapixel
 * JPEG export is written, drawn and encoded.
 */
import { Worker } from 'node:worker_threads';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { fontFiles } from '@/geo/render/fonts';
import { textChunks, withTextChunks } from '@/geo/render/png-text';
import { exportRasterJob } from '@/geo/render/export-picture';
import { renderExport } from '@/geo/render/export';
import { parseExportParams } from '@/geo/render/params';
import { createRasterPool, type RasterPool } from '@/geo/render/raster-pool';
import { withJpegComments } from '@/geo/render/jpeg-comments';
import { encodeJpeg } from '@/geo/render/jpeg-encode';
import { type RasterJob, type RasterWork, rasterize } from '@/geo/render/raster-step';
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

/** The bytes of a pool's job (these tests look at bytes; whether an export drew its headline is tested in export-headline). */
const runBytes = (pool: RasterPool, work: RasterWork, signal?: AbortSignal) => pool.run(work, signal).then((r) => r.bytes);

describe('the raster pool', () => {
  const svg = svgOf(600, 400);

  it('gives the bytes drawn and encoded in process: PNG with its text chunks, JPEG with its comments', async () => {
    const pool = createRasterPool({ size: 1 });
    const png = await runBytes(pool, { kind: 'svg', job: { svg, options: optionsFor(600), format: 'png', pngChunks: textChunks(FIELDS) } });
    const image = await renderAsync(svg, optionsFor(600));
    expect(hex(png)).toBe(hex(withTextChunks(image.asPng(), FIELDS)));

    const comments = ['Title: Київ', 'Data version: 1'];
    const jpeg = await runBytes(pool, { kind: 'svg', job: { svg, options: optionsFor(600), format: 'jpeg', jpegComments: comments, jpegQuality: 80 } });
    expect(hex(jpeg)).toBe(hex(withJpegComments(await encodeJpeg({ pixels: image.pixels, width: image.width, height: image.height, quality: 80 }), comments)));
    expect(pool.threads).toBe(1);
  });

  it('passes on what the renderer throws, and the thread takes the next job', async () => {
    const pool = createRasterPool({ size: 1 });
    await expect(runBytes(pool, { kind: 'svg', job: { svg: 'not an svg', options: optionsFor(600), format: 'png' } })).rejects.toThrow(/svg/i);
    expect((await runBytes(pool, { kind: 'svg', job: { svg, options: optionsFor(600), format: 'png' } })).subarray(1, 4).toString()).toBe('PNG');
    expect(pool.threads).toBe(1);
  });

  it('runs one job per thread, the others waiting in line', async () => {
    const pool = createRasterPool({ size: 1 });
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, pool.busy)), 1);
    const jobs = await Promise.all([0, 1, 2].map(() => runBytes(pool, { kind: 'svg', job: { svg, options: optionsFor(600), format: 'png' } })));
    clearInterval(watch);
    expect(jobs.map((b) => b.length)).toEqual([jobs[0].length, jobs[0].length, jobs[0].length]);
    expect([most, pool.busy, pool.threads]).toEqual([1, 0, 1]);
  });

  it('writes, draws and encodes a whole export on the thread: the bytes the same steps give in process', async () => {
    const pool = createRasterPool({ size: 1 });
    const inputs = { buildup, baseUrl: 'https://maps.example', scene: null };
    for (const query of ['format=png&width=640&height=360&title=Київ', 'format=jpeg&width=640&height=360&date=2021-12-06&hide=figures']) {
      const parsed = parseExportParams(new URLSearchParams(query), { sceneCount: 0, steps: buildup.steps });
      if (!parsed.ok || parsed.params.format === 'svg') throw new Error(query);
      const params = { ...parsed.params, format: parsed.params.format };
      const onThread = await runBytes(pool, { kind: 'export', params, inputs });
      const inProcess = await rasterize(exportRasterJob(params, inputs, geo).job);
      expect(hex(onThread)).toBe(hex(inProcess));
    }
  });

  it('stops the thread of an aborted job, and settles only once it has stopped', async () => {
    const pool = createRasterPool({ size: 1 });
    const big = svgOf(4000, 2500);
    const controller = new AbortController();
    const job: RasterJob = { svg: big, options: optionsFor(4000), format: 'jpeg', jpegQuality: 90 };
    const work = { kind: 'svg', job } as const;
    const running = runBytes(pool, work, controller.signal);
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toThrow(/abort/i);
    expect([pool.threads, pool.busy]).toEqual([0, 0]);
    // Aborted before it starts: no thread is started.
    await expect(runBytes(pool, work, AbortSignal.abort())).rejects.toThrow(/abort/i);
    expect(pool.threads).toBe(0);
    expect((await runBytes(pool, { kind: 'svg', job: { svg, options: optionsFor(600), format: 'png' } })).length).toBeGreaterThan(0);
  });

  /**
   * A stand-in for the raster worker: "encodes" for 300 ms holding the stop flag as unstoppable() does, then works
   * the job's `tailMs` more before it answers.
   */
  const standIn = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', async ({ work, stop }) => {
      if (Atomics.compareExchange(stop, 0, 0, 1) !== 0) throw new Error('being stopped');
      await new Promise((resolve) => setTimeout(resolve, 300));
      Atomics.store(stop, 0, 0);
      await new Promise((resolve) => setTimeout(resolve, work.tailMs));
      const bytes = new Uint8Array([0xff, 0xd8]);
      parentPort.postMessage({ ok: true, buffer: bytes.buffer }, [bytes.buffer]);
    });`;
  const jpegWork = (tailMs: number) => ({ kind: 'svg', job: { svg, options: optionsFor(600), format: 'jpeg' }, tailMs }) as unknown as RasterWork;
  /** A pool whose one thread has started and taken a job, so that an abort 100 ms into the next finds it encoding. */
  async function warmPool() {
    let started = 0;
    const pool = createRasterPool({ size: 1, spawn: () => (started++, new Worker(standIn, { eval: true })) });
    expect([...(await runBytes(pool, jpegWork(0)))]).toEqual([0xff, 0xd8]);
    return { pool, started: () => started };
  }
  const abortAfter = (ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), ms);
    return controller.signal;
  };

  it('lets a thread that is encoding finish: its job settles as aborted then, and the pool takes the next job', async () => {
    const { pool } = await warmPool();
    const begun = performance.now();
    await expect(runBytes(pool, jpegWork(0), abortAfter(100))).rejects.toThrow(/abort/i);
    // Settled when the encode ended, not at the abort.
    expect(performance.now() - begun).toBeGreaterThan(250);
    expect(pool.busy).toBe(0);
    expect([...(await runBytes(pool, jpegWork(0)))]).toEqual([0xff, 0xd8]);
    // Nothing of the aborted job asks the thread to stop later: it stays, idle, for the next job.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(pool.threads).toBe(1);
    expect([...(await runBytes(pool, jpegWork(0)))]).toEqual([0xff, 0xd8]);
  });

  it('stops a thread as soon as its encode ends, not when it answers (a JPEG drawn in bands goes on to the next)', async () => {
    const { pool, started } = await warmPool();
    const begun = performance.now();
    await expect(runBytes(pool, jpegWork(5000), abortAfter(100))).rejects.toThrow(/abort/i);
    const took = performance.now() - begun;
    expect(took).toBeGreaterThan(250);
    // With the old rule (wait for the answer) it settled after 5.3 s.
    expect(took).toBeLessThan(2000);
    expect([pool.threads, pool.busy, started()]).toEqual([0, 0, 1]);
  });

  it('stops a thread left idle for idleMs, and starts another for the next job', async () => {
    const pool = createRasterPool({ size: 1, idleMs: 300 });
    const png = { kind: 'svg', job: { svg, options: optionsFor(600), format: 'png' } } as const;
    await runBytes(pool, png);
    // Taken again within idleMs: the same thread, kept.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await runBytes(pool, png);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pool.threads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(pool.threads).toBe(0);
    expect((await runBytes(pool, png)).subarray(1, 4).toString()).toBe('PNG');
    expect(pool.threads).toBe(1);
  });

  describe('keepWarm', () => {
    /** A stand-in that answers every job at once with one byte: 1 for a warm-up, 2 for a job. */
    const answering = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ work }) => {
        const bytes = new Uint8Array([work.warm ? 1 : 2]);
        parentPort.postMessage({ ok: true, buffer: bytes.buffer, headline: false }, [bytes.buffer]);
      });`;
    const job = { kind: 'svg', job: { svg: '', options: {}, format: 'png' } } as unknown as RasterWork;
    const warm = { ...job, warm: true } as unknown as RasterWork;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    function counted(warmUp: () => Promise<RasterWork>) {
      const counts = { started: 0, warmed: 0 };
      const pool = createRasterPool({ size: 2, idleMs: 200, spawn: () => (counts.started++, new Worker(answering, { eval: true })) });
      pool.keepWarm(() => (counts.warmed++, warmUp()));
      return { pool, counts };
    }

    it('starts a thread at once, gives it the warm-up, and keeps it however long it idles', async () => {
      const { pool, counts } = counted(async () => warm);
      await sleep(500);
      expect([pool.threads, pool.busy, counts.started, counts.warmed]).toEqual([1, 0, 1, 1]);
      // The job runs on that thread: none is started for it.
      expect([...(await runBytes(pool, job))]).toEqual([2]);
      expect(counts.started).toBe(1);
    });

    it('keeps a thread that has only written SVGs (a presenter\'s pictures) however long it idles', async () => {
      const { pool, counts } = counted(async () => warm);
      await sleep(100);
      await runBytes(pool, { ...job, kind: 'export-svg' } as unknown as RasterWork);
      await sleep(600);
      expect([pool.threads, counts.started, counts.warmed]).toEqual([1, 1, 1]);
    });

    it('replaces a thread that drew a raster and idled out with a fresh one, warmed', async () => {
      const { pool, counts } = counted(async () => warm);
      await sleep(100);
      await runBytes(pool, job);
      // Idle 200 ms after its job: stopped, and another started and warmed in its place.
      await sleep(600);
      expect([pool.threads, counts.started, counts.warmed]).toEqual([1, 2, 2]);
      // The fresh one has run no job: it stays.
      await sleep(400);
      expect([pool.threads, counts.started]).toEqual([1, 2]);
    });

    it('keeps the thread ready when the warm-up has no work to give (no data yet)', async () => {
      const { pool, counts } = counted(async () => Promise.reject(new Error('no data yet')));
      await sleep(300);
      expect([pool.threads, pool.busy]).toEqual([1, 0]);
      expect([...(await runBytes(pool, job))]).toEqual([2]);
      expect(counts.started).toBe(1);
    });
  });

  it('rejects the job of a worker that cannot start', async () => {
    const pool = createRasterPool({ size: 1, spawn: () => new Worker('/nonexistent/raster-worker.mjs') });
    await expect(runBytes(pool, { kind: 'svg', job: { svg, options: optionsFor(600), format: 'png' } })).rejects.toThrow(/Cannot find module|ERR_MODULE_NOT_FOUND|nonexistent/);
    expect(pool.threads).toBe(0);
  });
});

describe('a 40-megapixel JPEG export', () => {
  it('leaves the request thread free: its timers never wait more than 200 ms while the image is written, drawn and encoded', async () => {
    const parsed = parseExportParams(new URLSearchParams('format=jpeg&width=8000&height=5000&title=Київ'), { sceneCount: 0, steps: buildup.steps });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const gaps: number[] = [];
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const { bytes: jpeg } = await renderExport(parsed.params, { buildup, geo, baseUrl: 'https://maps.example' });
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
