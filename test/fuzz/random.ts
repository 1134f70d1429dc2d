/**
 * A small seeded PRNG, so a fuzz run is reproducible from its seed and any single request from
 * (seed, index) alone, without generating the ones before it.
 */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[3, 'a'], [1, 'b']]` gives 'a' three times in four. */
  weighted<T>(items: readonly (readonly [number, T])[]): T;
}

/** mulberry32: tiny, fast, and good enough to spread test cases. */
export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)],
    weighted(items) {
      let roll = next() * items.reduce((sum, [w]) => sum + w, 0);
      for (const [w, item] of items) if ((roll -= w) < 0) return item;
      return items[items.length - 1][1];
    },
  };
}

/** The seed of request `index` in a run seeded with `seed`. */
export const requestSeed = (seed: number, index: number) => Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
