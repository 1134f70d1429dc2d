/** Greedy label placement: the first candidate box that stays inside the map and clear of earlier ones wins. */
export interface Rect { x0: number; y0: number; x1: number; y1: number }

export class LabelSpace {
  private taken: Rect[] = [];
  /** What a label had better not cover, but may where nothing else fits (a chart's lines under a source's number). */
  private avoided: Rect[] = [];

  constructor(private readonly bounds: Rect) {}

  fits(r: Rect, { strict = true } = {}): boolean {
    const b = this.bounds;
    if (r.x0 < b.x0 || r.y0 < b.y0 || r.x1 > b.x1 || r.y1 > b.y1) return false;
    const hits = (t: Rect) => r.x0 < t.x1 && r.x1 > t.x0 && r.y0 < t.y1 && r.y1 > t.y0;
    return !this.taken.some(hits) && !(strict && this.avoided.some(hits));
  }

  take(r: Rect): void {
    this.taken.push(r);
  }

  avoid(r: Rect): void {
    this.avoided.push(r);
  }

  /** The first rect that fits, taken; or null when none does. `strict: false` lets it cover what is only avoided. */
  place<T extends { rect: Rect }>(candidates: T[], { strict = true } = {}): T | null {
    const found = candidates.find((c) => this.fits(c.rect, { strict })) ?? null;
    if (found) this.take(found.rect);
    return found;
  }
}

/** Box of a one-line label whose baseline starts at (x, y) with the given anchor, padded by `pad`. */
export function textRect(x: number, y: number, width: number, size: number, anchor: 'start' | 'middle' | 'end', pad = 0): Rect {
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x0: left - pad, y0: y - 0.78 * size - pad, x1: left + width + pad, y1: y + 0.24 * size + pad };
}
