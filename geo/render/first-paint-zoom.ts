import { MAX_ZOOM, MIN_ZOOM } from '../region';
import type { View } from '../view';

/**
 * The zoom at which the live map shows what the first paint showed, in a container of another size: the SVG
 * scales to fit (preserveAspectRatio meet), so the map zooms by the same factor, within the map's zoom range
 * (MapLibre draws nothing at all when it starts below its minimum zoom inside max bounds).
 */
export function zoomForContainer(paint: { view: View; width: number; height: number }, width: number, height: number): number {
  if (!(width > 0 && height > 0)) return paint.view.zoom;
  const zoom = paint.view.zoom + Math.log2(Math.min(width / paint.width, height / paint.height));
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
