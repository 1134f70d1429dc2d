import PQueue from 'p-queue';

/**
 * Bounded work for expensive requests: at most `concurrency` tasks run at once, others wait in line for up
 * to `queueTimeoutMs` and are then turned away (BusyError), and each task gets `timeoutMs` before its caller
 * is answered with a TimeoutError. A timed-out task keeps its slot until it really ends, because the work
 * (a native render) cannot be stopped midway: the limit is on work done, not on promises pending.
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

export interface LimiterOptions { concurrency: number; queueTimeoutMs: number; timeoutMs: number }

export interface Limiter {
  /** Runs `task` when a slot is free; `signal` aborts when the caller has been answered with a timeout. */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

/**
 * The waiting line is p-queue's. Two things are ours, on purpose:
 * - The render's deadline. p-queue's own `timeout` would free the slot when it fires, while the native
 *   render goes on: the limit would then count promises, not work. Here the caller is answered and the task's
 *   signal aborted, but the queued function still awaits the task, so the slot is held until it really ends.
 * - The queue timeout. A waiting entry gets its own AbortSignal, aborted after `queueTimeoutMs`; p-queue then
 *   never runs it. p-queue 8 drops an aborted entry only when it reaches the front of the line (and rejects
 *   add() only then), so the caller is answered with BusyError right away and `waiting` leaves such entries out.
 */
export function createLimiter({ concurrency, queueTimeoutMs, timeoutMs }: LimiterOptions): Limiter {
  const queue = new PQueue({ concurrency });
  /** Entries that gave up waiting but are still in p-queue's line. */
  let abandoned = 0;

  return {
    run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const waiting = new AbortController();
        const queueTimer = setTimeout(() => {
          abandoned++;
          waiting.abort();
          reject(new BusyError(Math.max(1, Math.ceil(queueTimeoutMs / 1000))));
        }, queueTimeoutMs);
        // add() settles only after p-queue has freed the slot, so a caller answered through it finds the slot
        // free. throwOnTimeout just types add() as Promise<T>: no p-queue timeout is set.
        queue.add(async () => {
          clearTimeout(queueTimer);
          const controller = new AbortController();
          const deadline = setTimeout(() => {
            controller.abort();
            reject(new TimeoutError(timeoutMs));
          }, timeoutMs);
          try {
            return await task(controller.signal);
          } finally {
            clearTimeout(deadline);
          }
        }, { signal: waiting.signal, throwOnTimeout: true }).then(resolve, (error: unknown) => {
          // An abandoned entry rejects once p-queue has dropped it; its caller has had its BusyError.
          if (waiting.signal.aborted) abandoned--;
          else reject(error);
        });
      });
    },
    get active() {
      return queue.pending;
    },
    get waiting() {
      return queue.size - abandoned;
    },
  };
}
