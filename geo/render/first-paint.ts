/**
 * The pages' first paint: the map drawn by the export renderer into the HTML, so viewers see it before any
 * JavaScript runs (and without WebGL, and in print). Coloured through CSS (app/theme.css), so one SVG serves both
 * themes and follows the viewer's system setting with no light flash; every toggled layer is drawn and the page's
 * CSS hides what the viewer hid. The live map starts from the same view, scaled to its container.
 */
import type { Buildup } from '../buildup';
import type { GeoData } from '../load-geo';
import { fitBounds } from '../mercator';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../region';
import type { View } from '../view';
import { renderMap } from './render-svg';

/** The frame the first paint is drawn for; the SVG then scales to any container (preserveAspectRatio meet). */
export const FIRST_PAINT_FRAME = { width: 960, height: 720 } as const;
/**
 * Coarser than exports: on screen for a second or two, and it travels inside every HTML response. Vertices under
 * a pixel apart are dropped and the rest sit on whole pixels: about 6 KB gzip instead of 9 at 0.1 px.
 */
const FIRST_PAINT_TOLERANCE_PX = 1;
const FIRST_PAINT_GRID_PX = 1;
export const FIRST_PAINT_PADDING_PX = 16;

export interface FirstPaint { svg: string; view: View; width: number; height: number }

export function firstPaintView(): View {
  const pad = FIRST_PAINT_PADDING_PX;
  return fitBounds(DEFAULT_BOUNDS, FIRST_PAINT_FRAME.width, FIRST_PAINT_FRAME.height, { top: pad, bottom: pad, left: pad, right: pad }, MIN_ZOOM, MAX_ZOOM);
}

let cached: { version: string; paint: FirstPaint } | null = null;

export function firstPaintMap(buildup: Buildup, geo: GeoData): FirstPaint {
  if (cached?.version !== buildup.version) {
    const view = firstPaintView();
    const { width, height } = FIRST_PAINT_FRAME;
    const { svg } = renderMap({ buildup, geo, view, width, height, colours: 'css', bare: true, layout: 'map-only', simplifyTolerancePx: FIRST_PAINT_TOLERANCE_PX, gridPx: FIRST_PAINT_GRID_PX });
    cached = { version: buildup.version, paint: { svg, view, width, height } };
  }
  return cached.paint;
}
