/**
 * Bounded work for expensive requests: at most `concurrency` tasks run at once, and the weights of those running
 * (an export's megapixels: what it holds in memory) add up to at most `capacity`, except that a task always may run
 * alone. Others wait in line, first come first served, for up to `queueTimeoutMs` and are then turned away
 * (BusyError). Each task gets `timeoutMs` before its caller is answered with a TimeoutError and the task's signal
 * aborted; the task keeps its slot and its weight until it really ends, because the work (a native render) may not
 * stop at once: the limit is on work done, not on promises pending.
 *
 * The line is ours rather than p-queue's: p-queue counts tasks but cannot weigh them, and a 40-megapixel JPEG next
 * to another one is what took the server past 1 GB.
 */
export class BusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many exports in progress; try again shortly');
    this.name = 'BusyError';
  }
}

export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the export took longer than ${timeoutMs / 1000} s`);
    this.name = 'TimeoutError';
  }
}

export interface LimiterOptions {
  concurrency: number;
  queueTimeoutMs: number;
  timeoutMs: number;
  /** The most weight running at once (default: no limit but `concurrency`). */
  capacity?: number;
}

export interface RunOptions {
  /** What the task holds while it runs, in the capacity's unit (default 0). */
  weight?: number;
}

export interface Limiter {
  /** Runs `task` when a slot (and room for its weight) is free; `signal` aborts when the caller has been answered with a timeout. */
  run<T>(task: (signal: AbortSignal) => Promise<T>, options?: RunOptions): Promise<T>;
  readonly active: number;
  readonly waiting: number;
  /** The weight of the tasks running. */
  readonly load: number;
}

interface Entry { weight: number; start: () => void }

export function createLimiter({ concurrency, queueTimeoutMs, timeoutMs, capacity = Infinity }: LimiterOptions): Limiter {
  const line: Entry[] = [];
  let active = 0;
  let load = 0;

  /** Starts tasks from the head of the line while they fit; a head that does not fit waits, and so does everyone behind it. */
  function pump() {
    while (line.length > 0) {
      const head = line[0];
      if (active >= concurrency || (active > 0 && load + head.weight > capacity)) return;
      line.shift();
      active++;
      load += head.weight;
      head.start();
    }
  }

  return {
    run<T>(task: (signal: AbortSignal) => Promise<T>, { weight = 0 }: RunOptions = {}): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const entry: Entry = {
          weight,
          start: async () => {
            clearTimeout(queueTimer);
            const controller = new AbortController();
            const deadline = setTimeout(() => {
              controller.abort();
              reject(new TimeoutError(timeoutMs));
            }, timeoutMs);
            try {
              resolve(await task(controller.signal));
            } catch (error) {
              reject(error);
            } finally {
              clearTimeout(deadline);
              // Freed before the caller's continuation runs (those are microtasks), so a caller answered finds the slot free.
              active--;
              load -= weight;
              pump();
            }
          },
        };
        const queueTimer = setTimeout(() => {
          line.splice(line.indexOf(entry), 1);
          reject(new BusyError(Math.max(1, Math.ceil(queueTimeoutMs / 1000))));
          // The entry that gave up may have been the head that did not fit.
          pump();
        }, queueTimeoutMs);
        line.push(entry);
        pump();
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return line.length;
    },
    get load() {
      return load;
    },
  };
}
