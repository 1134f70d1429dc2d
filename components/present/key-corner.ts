/**
 * Where the presenter's K puts the map's key: the corner of the map where it covers the fewest of the scene's numbered
 * callouts (and nothing of the scene counter, the scale bar or the credit). Always the lower left, it lay over the
 * Belarus figures of scene 8 at 1280 × 720, the subject of the scene, even while one had the keyboard's focus.
 */
export const KEY_CORNERS = ['lower-left', 'lower-right', 'upper-left', 'upper-right'] as const;
export type KeyCorner = (typeof KEY_CORNERS)[number];

interface Box { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The first corner (in KEY_CORNERS' order) whose box covers the fewest things: `boxAt` measures the key in a corner,
 * `callouts` the scene's numbers, `fixed` what must never be covered (counted as more than every callout together).
 */
export function keyCorner(boxAt: (corner: KeyCorner) => Box, callouts: readonly Box[], fixed: readonly Box[]): KeyCorner {
  let best: { corner: KeyCorner; covered: number } | null = null;
  for (const corner of KEY_CORNERS) {
    const box = boxAt(corner);
    const covered = callouts.filter((c) => overlaps(c, box)).length + fixed.filter((f) => overlaps(f, box)).length * (callouts.length + 1);
    if (!best || covered < best.covered) best = { corner, covered };
    if (covered === 0) break;
  }
  return best!.corner;
}

/** Sets the key over the stage's map (if shown) in its corner: after a scene's camera settles, and when the stage resizes. */
export function placeKeyOverMap(): void {
  const key = document.querySelector<HTMLElement>('.presenter-map .legend');
  if (!key) return;
  const boxes = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.hidden).map((el) => el.getBoundingClientRect());
  const callouts = boxes('.presenter-map button.callout');
  const fixed = boxes('.presenter .scene-counter, .presenter .maplibregl-ctrl-scale, .presenter .maplibregl-ctrl-attrib');
  const corner = keyCorner((c) => {
    key.dataset.corner = c;
    return key.getBoundingClientRect();
  }, callouts, fixed);
  key.dataset.corner = corner;
}
