/**
 * The widest a live map may be for its height: where it is wider, the region's bounds (which the live map may not
 * show past) leave it no zoom at which the server-drawn map's whole frame is in view, so it zooms in and leaves the
 * south out (a phone held sideways, a 740 × 240 map, lost Crimea, its figure and its note). The live map starts at the
 * first paint's view scaled to its height, zoomed out for the Crimea note (geo/crimea-note-view.ts); at that zoom the
 * region reaches so far on the nearer side of the view's centre, counted twice, so the live map starts unmoved too.
 * How much the note zooms out depends on the height (1.47 at 240 px, 1.69 at 360, 1.82 from 600): `widestMapAspect()`
 * is the narrowest over the heights the pages draw, from 240 px (a phone's map: app/globals.css) to a 1440 px
 * screen's, so that one value, a CSS variable, serves them all; `widestMapAspect(WIDE_WINDOW_MAP_MIN_HEIGHT)`, over
 * the heights a window at least 1024 px wide draws, is the one such windows use. Phones' 240 px set 1.47 for all,
 * and a 1920 × 1080 window's live map (1,504 × 924) would have stood between water bands 73 px wide.
 */
import { viewWithCrimeaNote } from './crimea-note-view';
import { FIRST_PAINT_FRAME, firstPaintView } from './first-paint-view';
import { toUnit, worldSize } from './mercator';
import { type BBox, REGION_BBOX } from './region';
import { zoomForContainer } from './render/first-paint-zoom';

const HEIGHTS_PX = { from: 240, to: 1440, step: 8 };

/** The map's height in a window at least 1024 px wide is more than this down to a 1024 × 500 window (377 px). */
export const WIDE_WINDOW_MAP_MIN_HEIGHT = 360;

export function widestMapAspect(fromHeight: number = HEIGHTS_PX.from): number {
  let widest = Infinity;
  for (let height = fromHeight; height <= HEIGHTS_PX.to; height += HEIGHTS_PX.step) widest = Math.min(widest, widestMapAspectAt(height));
  return widest;
}

export function widestMapAspectAt(height: number, region: BBox = REGION_BBOX): number {
  const paint = { view: firstPaintView(), ...FIRST_PAINT_FRAME };
  // Any width at least as wide as the frame's shape: the zoom then follows the height alone.
  const width = Math.ceil((height * FIRST_PAINT_FRAME.width) / FIRST_PAINT_FRAME.height);
  const view = viewWithCrimeaNote({ ...paint.view, zoom: zoomForContainer(paint, width, height) }, width, height);
  const [west] = toUnit(region[0], region[3]);
  const [east] = toUnit(region[2], region[1]);
  const [centre] = toUnit(view.lng, view.lat);
  return (2 * Math.min(centre - west, east - centre) * worldSize(view.zoom)) / height;
}
