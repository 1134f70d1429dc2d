/**
 * The view the pages' server-drawn map is drawn at: the story's bounds fitted to a 960×720 frame. An export given no
 * view shows the same (geo/render/params.ts), so a bare `/api/export?width=1200&height=675` is the whole story.
 */
import { fitBounds } from './mercator';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './region';
import type { View } from './view';

/** The frame the first paint is drawn for; the SVG then scales to any container (preserveAspectRatio meet). */
export const FIRST_PAINT_FRAME = { width: 960, height: 720 } as const;
export const FIRST_PAINT_PADDING_PX = 16;

export function firstPaintView(): View {
  const pad = FIRST_PAINT_PADDING_PX;
  return fitBounds(DEFAULT_BOUNDS, FIRST_PAINT_FRAME.width, FIRST_PAINT_FRAME.height, { top: pad, bottom: pad, left: pad, right: pad }, MIN_ZOOM, MAX_ZOOM);
}
