/**
 * Whether a raster thread may be terminated now: a flag in shared memory that the pool and the thread change by
 * compare-and-swap, so exactly one of them wins. sharp encodes on libuv's threads and answers into the thread that
 * asked; a thread terminated meanwhile is gone when the answer comes, and on glibc that can take the whole process
 * down (lovell/sharp#2263). So a thread is never terminated while it encodes (the pool lets the encode finish: under
 * a second for 40 megapixels), and a thread the pool has begun to stop starts no encode.
 */
const RUNNING = 0;
const ENCODING = 1;
const STOPPING = 2;

/** One per raster thread, shared between the pool and the thread. */
export type StopFlag = Int32Array;

export const createStopFlag = (): StopFlag => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

/** The pool's side: true when the thread may be terminated now (it will start no encode); false while it encodes. */
export const claimStop = (flag: StopFlag): boolean => Atomics.compareExchange(flag, 0, RUNNING, STOPPING) === RUNNING;

/** The thread's side: runs `encode`, during which the pool will not terminate the thread; throws if it is being stopped. */
export async function unstoppable<T>(flag: StopFlag, encode: () => Promise<T>): Promise<T> {
  if (Atomics.compareExchange(flag, 0, RUNNING, ENCODING) !== RUNNING) throw new Error('the raster thread is being stopped');
  try {
    return await encode();
  } finally {
    Atomics.store(flag, 0, RUNNING);
  }
}
