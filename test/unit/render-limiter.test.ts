import { describe, expect, it } from 'vitest';
import { BusyError, createLimiter, TimeoutError } from '@/geo/render/limiter';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createLimiter', () => {
  it('runs at most `concurrency` tasks at once and starts the next when one ends', async () => {
    const limiter = createLimiter({ concurrency: 2, queueTimeoutMs: 1000, timeoutMs: 1000 });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((g, i) => limiter.run(async () => {
      started.push(i);
      await g.promise;
      return i;
    }));
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1]);
    expect([limiter.active, limiter.waiting]).toEqual([2, 1]);
    gates[0].resolve();
    await runs[0];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2]);
    gates[1].resolve();
    gates[2].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
  });

  it('turns a waiting task away with BusyError after the queue timeout', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 30, timeoutMs: 1000 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    let ran = false;
    const t0 = Date.now();
    await expect(limiter.run(async () => { ran = true; })).rejects.toBeInstanceOf(BusyError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(ran).toBe(false);
    expect(limiter.waiting).toBe(0);
    gate.resolve();
    await first;
  });

  it('answers a slow task with TimeoutError, aborts its signal, and keeps its slot until it really ends', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 1000, timeoutMs: 20 });
    const gate = deferred();
    let signal: AbortSignal | undefined;
    await expect(limiter.run((s) => { signal = s; return gate.promise; })).rejects.toBeInstanceOf(TimeoutError);
    expect(signal?.aborted).toBe(true);
    expect(limiter.active).toBe(1);
    gate.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(limiter.active).toBe(0);
  });

  it('holds a timed-out task\'s slot: the next task starts only when the first really ends', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 1000, timeoutMs: 20 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    await expect(first).rejects.toBeInstanceOf(TimeoutError);
    let started = false;
    const second = limiter.run(async () => { started = true; return 'second'; });
    await new Promise((r) => setTimeout(r, 60));
    expect(started).toBe(false);
    expect([limiter.active, limiter.waiting]).toEqual([1, 1]);
    gate.resolve();
    expect(await second).toBe('second');
    expect(started).toBe(true);
    expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
  });

  it('turns a task away with BusyError while a timed-out task still holds the only slot', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 40, timeoutMs: 10 });
    const gate = deferred();
    await expect(limiter.run(() => gate.promise)).rejects.toBeInstanceOf(TimeoutError);
    await expect(limiter.run(async () => 'never')).rejects.toEqual(expect.objectContaining({ name: 'BusyError', retryAfterSeconds: 1 }));
    expect(limiter.active).toBe(1);
    gate.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(await limiter.run(async () => 'after')).toBe('after');
  });

  it('never runs a task that gave up waiting, and starts the one behind it when a slot frees', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 30, timeoutMs: 1000 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const ran: string[] = [];
    const late = limiter.run(async () => { ran.push('late'); });
    await expect(late).rejects.toBeInstanceOf(BusyError);
    expect([limiter.active, limiter.waiting]).toEqual([1, 0]);
    const next = limiter.run(async () => { ran.push('next'); return 'next'; });
    expect([limiter.active, limiter.waiting]).toEqual([1, 1]);
    gate.resolve();
    await first;
    expect(await next).toBe('next');
    expect(ran).toEqual(['next']);
    expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
  });

  it('runs tasks together only while their weights fit the capacity; the ones behind a heavy head wait their turn', async () => {
    const limiter = createLimiter({ concurrency: 3, queueTimeoutMs: 1000, timeoutMs: 1000, capacity: 10 });
    const gates = [deferred(), deferred(), deferred()];
    const started: string[] = [];
    const task = (name: string, gate: { promise: Promise<void> }) => async () => {
      started.push(name);
      await gate.promise;
    };
    const a = limiter.run(task('a', gates[0]), { weight: 6 });
    const b = limiter.run(task('b', gates[1]), { weight: 6 });
    const c = limiter.run(task('c', gates[2]), { weight: 1 });
    await new Promise((r) => setTimeout(r, 10));
    // A slot is free, but b does not fit beside a, and c does not overtake b.
    expect(started).toEqual(['a']);
    expect([limiter.active, limiter.waiting, limiter.load]).toEqual([1, 2, 6]);
    gates[0].resolve();
    await a;
    expect(started).toEqual(['a', 'b', 'c']);
    expect([limiter.active, limiter.waiting, limiter.load]).toEqual([2, 0, 7]);
    gates[1].resolve();
    gates[2].resolve();
    await Promise.all([b, c]);
    expect([limiter.active, limiter.load]).toEqual([0, 0]);
  });

  it('runs a task heavier than the capacity alone', async () => {
    const limiter = createLimiter({ concurrency: 2, queueTimeoutMs: 1000, timeoutMs: 1000, capacity: 10 });
    const gate = deferred();
    const started: string[] = [];
    const heavy = limiter.run(async () => { started.push('heavy'); await gate.promise; }, { weight: 15 });
    const light = limiter.run(async () => { started.push('light'); }, { weight: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual(['heavy']);
    gate.resolve();
    await Promise.all([heavy, light]);
    expect(started).toEqual(['heavy', 'light']);
  });

  it('keeps a timed-out task\'s weight until it really ends', async () => {
    const limiter = createLimiter({ concurrency: 2, queueTimeoutMs: 1000, timeoutMs: 20, capacity: 10 });
    const gate = deferred();
    await expect(limiter.run(() => gate.promise, { weight: 8 })).rejects.toBeInstanceOf(TimeoutError);
    let started = false;
    const next = limiter.run(async () => { started = true; }, { weight: 8 });
    await new Promise((r) => setTimeout(r, 40));
    expect([started, limiter.load]).toEqual([false, 8]);
    gate.resolve();
    await next;
    expect([started, limiter.load]).toEqual([true, 0]);
  });

  it('starts the lighter tasks behind a heavy one that gave up waiting', async () => {
    const limiter = createLimiter({ concurrency: 2, queueTimeoutMs: 30, timeoutMs: 1000, capacity: 10 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise, { weight: 8 });
    const heavy = limiter.run(async () => 'heavy', { weight: 8 });
    const light = limiter.run(async () => 'light', { weight: 1 });
    await expect(heavy).rejects.toBeInstanceOf(BusyError);
    expect(await light).toBe('light');
    gate.resolve();
    await first;
  });

  it('passes on an error a task throws before returning a promise, and frees the slot', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 100, timeoutMs: 100 });
    await expect(limiter.run(() => { throw new Error('sync boom'); })).rejects.toThrow('sync boom');
    expect(limiter.active).toBe(0);
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  it('frees the slot when a task throws, and passes the error on', async () => {
    const limiter = createLimiter({ concurrency: 1, queueTimeoutMs: 100, timeoutMs: 100 });
    await expect(limiter.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});
