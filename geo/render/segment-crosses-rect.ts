import type { Rect } from './place-labels';

/** A straight piece of a drawn line, from (x0, y0) to (x1, y1), in SVG units. */
export type Segment = readonly [number, number, number, number];

/** Whether the segment passes through the rectangle, edges included (Liang–Barsky clipping). */
export function segmentCrossesRect([x0, y0, x1, y1]: Segment, r: Rect): boolean {
  // Most of a border's pieces are nowhere near a given name: their boxes do not meet.
  if (Math.max(x0, x1) < r.x0 || Math.min(x0, x1) > r.x1 || Math.max(y0, y1) < r.y0 || Math.min(y0, y1) > r.y1) return false;
  let [t0, t1] = [0, 1];
  const [dx, dy] = [x1 - x0, y1 - y0];
  for (const [p, q] of [[-dx, x0 - r.x0], [dx, r.x1 - x0], [-dy, y0 - r.y0], [dy, r.y1 - y0]]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
