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

interface Waiter { start: () => void; timer: ReturnType<typeof setTimeout> }

export function createLimiter({ concurrency, queueTimeoutMs, timeoutMs }: LimiterOptions): Limiter {
  let active = 0;
  const queue: Waiter[] = [];

  const release = () => {
    active--;
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    }
  };

  const acquire = () => new Promise<void>((resolve, reject) => {
    if (active < concurrency) {
      active++;
      resolve();
      return;
    }
    const waiter: Waiter = {
      start: () => {
        active++;
        resolve();
      },
      timer: setTimeout(() => {
        queue.splice(queue.indexOf(waiter), 1);
        reject(new BusyError(Math.max(1, Math.ceil(queueTimeoutMs / 1000))));
      }, queueTimeoutMs),
    };
    queue.push(waiter);
  });

  return {
    async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
      await acquire();
      const controller = new AbortController();
      const work = Promise.resolve().then(() => task(controller.signal));
      work.then(release, release);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new TimeoutError(timeoutMs));
        }, timeoutMs);
      });
      try {
        return await Promise.race([work, deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
