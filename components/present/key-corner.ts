import { announceMapCoverMoved } from '@/components/map/map-cover';
import type { FigureCircle } from '@/geo/figure-layers';
import { projectInBox } from '@/geo/mercator';
import type { SceneCamera } from '@/geo/scene-camera';
import type { View } from '@/geo/view';

/**
 * Where the presenter's K puts the map's key: the corner of the map where it covers the fewest of the scene's numbered
 * callouts and figures' circles (and nothing of the scene counter, the scale bar or the credit), and of corners as
 * good, the one that covers least of what the scene is about (its `subject`). Counting only the numbers, it lay over
 * the upper half of scene 5's 175,000 circle, its number just clear, with the lower left open. Always the lower left, it lay over the Belarus figures of
 * scene 8 at 1280 × 720, the subject of the scene; clear of every number, it still lay over Sevastopol and Crimea's
 * note in scene 4, whose upper corners were open sea and coast.
 */
export const KEY_CORNERS = ['lower-left', 'lower-right', 'upper-left', 'upper-right'] as const;
export type KeyCorner = (typeof KEY_CORNERS)[number];

interface Box { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The share of `box` that lies over `subject` (0 to 1). */
function shareOver(box: Box, subject: Box): number {
  const width = Math.min(box.right, subject.right) - Math.max(box.left, subject.left);
  const height = Math.min(box.bottom, subject.bottom) - Math.max(box.top, subject.top);
  const area = (box.right - box.left) * (box.bottom - box.top);
  return width > 0 && height > 0 && area > 0 ? (width * height) / area : 0;
}

/**
 * The first corner (in KEY_CORNERS' order) whose box covers the fewest things: `boxAt` measures the key in a corner,
 * `callouts` the scene's numbers, `fixed` what must never be covered (counted as more than every callout together);
 * between corners covering as many, the least of `subject` (a share under 1 never outweighs a number).
 */
export function keyCorner(boxAt: (corner: KeyCorner) => Box, callouts: readonly Box[], fixed: readonly Box[], subject: Box | null = null): KeyCorner {
  let best: { corner: KeyCorner; cost: number } | null = null;
  for (const corner of KEY_CORNERS) {
    const box = boxAt(corner);
    const covered = callouts.filter((c) => overlaps(c, box)).length + fixed.filter((f) => overlaps(f, box)).length * (callouts.length + 1);
    const cost = covered + (subject ? shareOver(box, subject) * 0.99 : 0);
    if (!best || cost < best.cost) best = { corner, cost };
    if (cost === 0) break;
  }
  return best!.corner;
}

/**
 * Sets the key over the stage's map (if shown) in its corner: after a scene's camera settles, and when the stage
 * resizes. `subject`: where on the page the scene's subject is drawn (null: not known).
 */
export function placeKeyOverMap(subject: Box | null = null, circles: readonly Box[] = []): void {
  const key = document.querySelector<HTMLElement>('.presenter-map .legend');
  if (!key) return;
  const boxes = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.hidden).map((el) => el.getBoundingClientRect());
  const callouts = [...boxes('.presenter-map button.callout'), ...circles];
  const fixed = boxes('.presenter .scene-counter, .presenter .maplibregl-ctrl-scale, .presenter .maplibregl-ctrl-attrib');
  const corner = keyCorner((c) => {
    key.dataset.corner = c;
    return key.getBoundingClientRect();
  }, callouts, fixed, subject);
  key.dataset.corner = corner;
  // The map leaves out the names under the key where it now stands (its size did not change: nothing else tells it).
  announceMapCoverMoved();
}

/** Km in a degree of latitude (a meridian's arc; the circles are drawn on the same sphere). */
const KM_PER_DEGREE = 111.195;

/**
 * The boxes on the page of the figures' circles shown at `step`, for the stage's map at `view` in `map` (its box):
 * from the points the radius north and south of each centre, as the map projects them (only projectInBox: another
 * of the projection's functions brought into the pages' shared code cost the dashboard's first scripts 27 B).
 */
export function circlesOnPage(circles: readonly FigureCircle[], step: number, view: View | null, map: { left: number; top: number; width: number; height: number }): Box[] {
  if (!view) return [];
  return circles.filter((c) => c.from <= step && step <= c.to).map(({ centre: [lng, lat], radiusKm }) => {
    const at = (dLat: number) => projectInBox(view, map.width, map.height, [lng, lat + dLat]);
    const [north, south] = [at(radiusKm / KM_PER_DEGREE), at(-radiusKm / KM_PER_DEGREE)];
    const r = (south.y - north.y) / 2;
    return { left: map.left + north.x - r, top: map.top + north.y, right: map.left + north.x + r, bottom: map.top + south.y };
  });
}

/** Below Crimea hangs its note ("Crimea: occupied by Russia since 2014"): about a quarter of the peninsula's height. */
const NOTE_BELOW_SHARE = 0.25;

/**
 * Where on the page a scene's subject is drawn (the bounds of the first thing it fits, and Crimea's note below it),
 * for the stage's map at `view` in `map` (its box on the page); null for a scene framed by a fixed view.
 */
export function subjectOnPage(camera: SceneCamera, view: View | null, map: { left: number; top: number; width: number; height: number }): Box | null {
  if (camera.kind !== 'bounds' || !view) return null;
  const [west, south, east, north] = camera.focus ?? camera.bounds;
  const [a, b] = [projectInBox(view, map.width, map.height, [west, north]), projectInBox(view, map.width, map.height, [east, south])];
  const box = { left: map.left + Math.min(a.x, b.x), top: map.top + Math.min(a.y, b.y), right: map.left + Math.max(a.x, b.x), bottom: map.top + Math.max(a.y, b.y) };
  if (camera.noteBelow) box.bottom += (box.bottom - box.top) * NOTE_BELOW_SHARE;
  return box;
}
