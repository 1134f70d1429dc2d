/**
 * The dashboard's first paint: the map drawn by the export renderer into the HTML, so viewers see it before any
 * JavaScript runs (and without WebGL, and in print). The live map starts from the same view, scaled to its
 * container, so the switch does not jump.
 */
import type { Buildup } from '../buildup';
import type { GeoData } from '../load-geo';
import { DEFAULT_BOUNDS, MAX_ZOOM } from '../region';
import { viewForCamera } from '../scene-camera';
import type { ThemeName } from '../style';
import type { View } from '../view';
import { renderMapSvg } from './render-svg';

/** The frame the first paint is drawn for; the SVG then scales to any container (preserveAspectRatio meet). */
export const FIRST_PAINT_FRAME = { width: 960, height: 720 } as const;
/** Coarser than exports: on screen for a second or two, and it travels inside every HTML response. */
const FIRST_PAINT_TOLERANCE_PX = 1;
export const FIRST_PAINT_PADDING_PX = 16;

export interface FirstPaint { svg: string; view: View; width: number; height: number }

export function firstPaintView(): View {
  const camera = { kind: 'bounds' as const, bounds: DEFAULT_BOUNDS, maxZoom: MAX_ZOOM, bearing: 0 };
  return viewForCamera(camera, FIRST_PAINT_FRAME.width, FIRST_PAINT_FRAME.height, FIRST_PAINT_PADDING_PX);
}

const cache = new Map<string, FirstPaint>();

export function firstPaintMap(buildup: Buildup, geo: GeoData, theme: ThemeName): FirstPaint {
  const key = `${buildup.version}-${theme}`;
  let hit = cache.get(key);
  if (!hit) {
    const view = firstPaintView();
    const { width, height } = FIRST_PAINT_FRAME;
    const svg = renderMapSvg({ buildup, geo, view, width, height, theme, layout: 'map-only', simplifyTolerancePx: FIRST_PAINT_TOLERANCE_PX });
    hit = { svg, view, width, height };
    cache.clear();
    cache.set(key, hit);
  }
  return hit;
}
