import 'server-only';
/**
 * Worker threads for raster work (raster-worker.ts): an export's SVG, resvg's drawing (seconds for 40 megapixels)
 * and the PNG or JPEG encode run there, so they never block the thread that answers requests. A small pool of our
 * own rather than piscina, for what piscina does differently: an aborted job (the limiter's deadline) terminates its
 * thread, and settles only once the thread has really stopped. Native drawing cannot be interrupted, so until then
 * the work, its CPU and its memory are still there, and the limiter must keep counting them; piscina rejects at once
 * and starts a replacement thread meanwhile. A thread that is encoding a JPEG band (sharp) is not terminated but let
 * finish that encode (stop-flag.ts says why), and terminated then; its job settles as aborted.
 * The limiter in front (limiter.ts) decides how many jobs arrive; beyond `size` they wait here for a thread.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RasterAnswer, RasterRequest, RasterResult, RasterWork } from './raster-step';
import { claimStop, createStopFlag, type StopFlag } from './stop-flag';

export interface RasterPoolOptions {
  /** Threads at most, counting one still stopping after an abort. */
  size: number;
  /** A thread idle this long exits, handing back its memory (default: never). */
  idleMs?: number;
  /** Starts a thread; by default the raster worker (startRasterWorker). */
  spawn?: () => Worker;
}

export interface RasterPool {
  /** The work's bytes. When `signal` aborts, the job's thread is stopped and this rejects once it has stopped. */
  run(work: RasterWork, signal?: AbortSignal): Promise<RasterResult>;
  /**
   * Keeps one thread ready between jobs, warmed with `warmUp`'s work (a small export: a fresh thread's first export
   * prepares the map's shapes, fonts and code, 0.5–0.7 s of CPU, where a warm thread takes 30–80 ms). It is started
   * now. Only a thread that has drawn a raster is stopped for idleness, and when that leaves no thread, a fresh one is
   * warmed in its place: the raster's memory goes back, the readiness stays.
   * Without it a presenter's stage, whose first paint is an SVG export, waited 2–2.7 s for its picture after 30 s
   * without exports. A warm-up that fails (no data yet, say) leaves the thread started but not warmed.
   */
  keepWarm(warmUp: () => Promise<RasterWork>): void;
  /** Threads started and not yet stopped. */
  readonly threads: number;
  /** Jobs running. */
  readonly busy: number;
}

interface Thread {
  worker: Worker;
  stop: StopFlag;
  idleTimer?: NodeJS.Timeout;
  /**
   * Whether it has drawn a raster (a PNG or JPEG): resvg's allocator keeps memory that only the thread's exit hands
   * back. A thread that has only written SVGs (a presenter's pictures, a warm-up) is kept however long it idles.
   */
  drew: boolean;
}

/**
 * Whether this module runs from its TypeScript source (vitest, the bench's tsx) rather than built into Next's server,
 * whose compiler writes `process.env.NEXT_RUNTIME` in as "nodejs" (so it is spelled out whole here) and drops the
 * source's way. Not `import.meta.url`'s extension: Turbopack gives a bundled module its source file's address, so
 * built servers started every raster thread through tsx, compiling the renderer at each thread's start (2.5 s to a
 * cold thread's first SVG export, 0.9 s from the bundled worker).
 */
const runsFromSource = (): boolean => !process.env.NEXT_RUNTIME;

/**
 * The raster worker. Built, this module is one of Next's server chunks and Turbopack bundles the worker it names in
 * `new Worker(new URL(…))`. Run from source, both are TypeScript files on disk, which a worker thread cannot load by
 * itself: it imports the worker through tsx, with the server's export conditions.
 */
export function startRasterWorker(): Worker {
  if (!runsFromSource()) return new Worker(new URL('./raster-worker.ts', import.meta.url));
  const source = pathToFileURL(fileURLToPath(import.meta.url).replace(/raster-pool\.ts$/, 'raster-worker.ts')).href;
  const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, execArgv: ['--conditions=react-server'] });
}

/** How often an aborted job's thread is asked again to stop while it encodes. */
const STOP_RETRY_MS = 10;

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

export function createRasterPool({ size, idleMs = Infinity, spawn = startRasterWorker }: RasterPoolOptions): RasterPool {
  const idle: Thread[] = [];
  /** Jobs waiting for a thread, first come first served. */
  const line: (() => void)[] = [];
  let threads = 0;
  let busy = 0;
  let warmUp: (() => Promise<RasterWork>) | null = null;

  const next = () => line.shift()?.();

  /** Back among the idle, until a job takes it or `idleMs` passes. */
  function rest(thread: Thread) {
    idle.push(thread);
    if (!Number.isFinite(idleMs) || !thread.drew) return;
    thread.idleTimer = setTimeout(() => {
      if (!idle.includes(thread) || !claimStop(thread.stop)) return;
      idle.splice(idle.indexOf(thread), 1);
      void thread.worker.terminate().then(() => {
        if (warmUp && threads === 0) startWarm(warmUp);
      });
    }, idleMs).unref();
  }

  /** A new thread given the warm-up's work (an SVG export), then at rest, kept however long it idles. */
  function startWarm(work: () => Promise<RasterWork>) {
    const thread = start();
    work().then(
      // Its answer, even a failure, puts it to rest (runOn); a thread that stopped is gone.
      (warm) => runOn(thread, warm).catch(() => undefined),
      // No warm-up's work (no data yet, say): ready all the same, only colder. `threadId` is -1 once it has stopped.
      () => {
        if (thread.worker.threadId === -1) return;
        rest(thread);
        next();
      },
    );
  }

  function take(): Thread | undefined {
    const thread = idle.pop();
    clearTimeout(thread?.idleTimer);
    return thread;
  }

  function start(): Thread {
    const thread: Thread = { worker: spawn(), stop: createStopFlag(), drew: false };
    threads++;
    thread.worker.once('exit', () => {
      threads--;
      // A thread that died idle must not be handed a job.
      if (idle.includes(thread)) idle.splice(idle.indexOf(thread), 1);
      next();
    });
    // Only a running job keeps the process alive (ref'd below while it runs).
    thread.worker.unref();
    return thread;
  }

  /** An idle thread, a new one while fewer than `size` exist, or the first one freed. */
  function acquire(signal?: AbortSignal): Promise<Thread> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        signal?.removeEventListener('abort', onAbort);
        const thread = take() ?? (threads < size ? start() : null);
        if (thread) resolve(thread);
        else wait();
      };
      const onAbort = () => {
        line.splice(line.indexOf(attempt), 1);
        reject(abortReason(signal!));
      };
      const wait = () => {
        line.push(attempt);
        signal?.addEventListener('abort', onAbort, { once: true });
      };
      attempt();
    });
  }

  function runOn(thread: Thread, work: RasterWork, signal?: AbortSignal): Promise<RasterResult> {
    const { worker } = thread;
    return new Promise((resolve, reject) => {
      let failure: unknown = null;
      let terminating = false;
      let retry: NodeJS.Timeout | undefined;
      const detach = () => {
        clearTimeout(retry);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        worker.unref();
        busy--;
      };
      const onMessage = (answer: RasterAnswer) => {
        // An answer sent as the thread was being terminated: its exit settles the job.
        if (terminating) return;
        detach();
        rest(thread);
        next();
        // Aborted while it encoded: the caller has been answered already.
        if (signal?.aborted) reject(abortReason(signal));
        else if (answer.ok) resolve({ bytes: Buffer.from(answer.buffer), headline: answer.headline });
        else reject(new Error(answer.message));
      };
      // A thread that throws outside a job (it failed to load, say) then exits: the exit answers.
      const onError = (error: unknown) => (failure = error);
      const onExit = (code: number) => {
        detach();
        reject(signal?.aborted ? abortReason(signal) : failure ?? new Error(`the raster worker stopped (exit code ${code})`));
      };
      // terminate() interrupts JavaScript at once, native drawing when it returns; 'exit' then answers. A thread that
      // is encoding is let finish that encode (a JPEG band's, well under a second) and stopped then, or its answer
      // settles the job.
      const onAbort = () => {
        if (!claimStop(thread.stop)) {
          retry = setTimeout(onAbort, STOP_RETRY_MS);
          return;
        }
        terminating = true;
        void worker.terminate();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      busy++;
      worker.ref();
      worker.postMessage({ work, stop: thread.stop } satisfies RasterRequest);
    });
  }

  return {
    async run(work, signal) {
      if (signal?.aborted) throw abortReason(signal);
      const thread = await acquire(signal);
      if (work.kind !== 'export-svg') thread.drew = true;
      if (signal?.aborted) {
        rest(thread);
        next();
        throw abortReason(signal);
      }
      return runOn(thread, work, signal);
    },
    keepWarm(work) {
      warmUp = work;
      if (threads === 0) startWarm(work);
    },
    get threads() {
      return threads;
    },
    get busy() {
      return busy;
    },
  };
}
