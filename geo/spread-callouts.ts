/**
 * Numbered callouts pushed apart where they would overlap on screen. Two figures about one place stand on the rims of
 * concentric circles (Belarus: nearly 5,000 troops there, 30,000 planned), which at a phone's or a stage's zoom are
 * closer than a callout is wide: one number covered the other, and a finger meant for one found the other.
 *
 * Only callouts shown at a common step of the timeline are kept apart. Each pair closer than `distance` (centre to
 * centre) is pushed apart along the line between them, half each, over a few rounds, so a callout moves only as far
 * as its neighbours make it; callouts that do not overlap stay on their anchors. Screen units in, offsets out: the
 * live map (at its zoom) and the SVG renderer (at its scale) share it, so both draw the same picture. `bounds` keeps
 * them inside a frame, as the SVG renderer's callouts are.
 */
export interface CalloutSpot {
  x: number;
  y: number;
  /** The steps of the timeline the callout is shown at, both included. */
  from: number;
  to: number;
}

/** Where the callouts' centres must stay (the SVG's map box, less a callout's radius: none is cut in half). */
export interface SpreadBounds { x0: number; y0: number; x1: number; y1: number }

const ROUNDS = 24;
const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

const shownTogether = (a: CalloutSpot, b: CalloutSpot) => a.from <= b.to && b.from <= a.to;

/** Each spot's offset `[dx, dy]`, in the units of the spots. */
export function spreadCallouts(spots: readonly CalloutSpot[], distance: number, bounds?: SpreadBounds): [number, number][] {
  const offsets: [number, number][] = spots.map(() => [0, 0]);
  // A callout held at an edge cannot move out: the other one moves on in the next rounds.
  const keep = (i: number, [dx, dy]: [number, number]): [number, number] => bounds
    ? [clamp(spots[i].x + dx, bounds.x0, bounds.x1) - spots[i].x, clamp(spots[i].y + dy, bounds.y0, bounds.y1) - spots[i].y]
    : [dx, dy];
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < spots.length; i++) {
      for (let j = i + 1; j < spots.length; j++) {
        const [a, b] = [spots[i], spots[j]];
        if (!shownTogether(a, b)) continue;
        let dx = b.x + offsets[j][0] - (a.x + offsets[i][0]);
        let dy = b.y + offsets[j][1] - (a.y + offsets[i][1]);
        let d = Math.hypot(dx, dy);
        if (d >= distance * 0.999) continue;
        // Two callouts on one point: side by side, the later one to the right.
        if (d < 1e-9) [dx, dy, d] = [1, 0, 1];
        const push = (distance - d) / 2;
        offsets[i] = keep(i, [offsets[i][0] - (dx / d) * push, offsets[i][1] - (dy / d) * push]);
        offsets[j] = keep(j, [offsets[j][0] + (dx / d) * push, offsets[j][1] + (dy / d) * push]);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return offsets;
}
