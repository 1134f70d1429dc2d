/**
 * One raster worker thread (raster-pool.ts starts it; Next bundles it through `new Worker(new URL(…))`). Each
 * message is one RasterRequest: for an export, the SVG is written here as well as drawn and encoded, so the request
 * thread does none of it. The answer carries the bytes as a transferred ArrayBuffer, without a copy.
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { loadGeo } from '../load-geo';
import { exportRasterJob } from './export-picture';
import { type RasterAnswer, type RasterJob, type RasterRequest, type RasterWork, rasterize } from './raster-step';
import { unstoppable } from './stop-flag';
import { svgExport } from './svg-export';

// resvg keeps an image's pixmap in native memory that V8 does not count, so V8 sees no reason to collect the small
// object that holds it: without a collection, each render's memory outlived its job, and RSS grew by about 300 MB
// per 40 MP render. gc() is only exposed by --expose-gc, a V8 flag that a worker thread cannot be started
// with; set now, it applies to contexts made from now on, such as the one this borrows gc from.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

// Requests first: on Linux a thread's nice value is its own, so this lowers this thread alone, and the request
// thread gets a core whenever it has work, while drawing takes whatever is left (all of it when the server is idle).
// Elsewhere the call would lower the whole process, requests included.
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    // Not allowed here: drawing competes with requests at the same priority.
  }
}

/** A full collection, then a turn of the event loop: Node runs native finalizers (resvg's frees) from an immediate. */
async function collect() {
  gc();
  await new Promise((resolve) => setImmediate(resolve));
}

/** An ArrayBuffer with exactly these bytes, to transfer: a copy only when the Buffer shares its memory (small ones). */
function ownArrayBuffer(bytes: Buffer): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
}

const jobOf = (work: Exclude<RasterWork, { kind: 'export-svg' }>): { job: RasterJob; headline: boolean } => (work.kind === 'svg' ? { job: work.job, headline: false } : exportRasterJob(work.params, work.inputs, loadGeo()));

/** The bytes the work asks for: an SVG export's text as it is, else the picture drawn and encoded. */
async function bytesOf(work: RasterWork, stop: RasterRequest['stop']): Promise<{ bytes: Buffer; headline: boolean }> {
  if (work.kind === 'export-svg') return svgExport(work.params, work.inputs, loadGeo());
  const { job, headline } = jobOf(work);
  return { bytes: await rasterize(job, { release: collect, encoding: (encode) => unstoppable(stop, encode) }), headline };
}

parentPort!.on('message', async ({ work, stop }: RasterRequest) => {
  let answer: RasterAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const { bytes, headline } = await bytesOf(work, stop);
    const buffer = ownArrayBuffer(bytes);
    answer = { ok: true, buffer, headline };
    transfer = [buffer];
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  // Before answering, so the memory is gone by the time the pool hands this thread its next job: resvg's pixmaps.
  // An SVG export holds none, and a full collection cost it as long again as the SVG itself.
  if (work.kind !== 'export-svg') await collect();
  parentPort!.postMessage(answer, transfer);
});
