/**
 * The place a zoomed-in view is about: the city nearest its centre, for a picture's file name. A picture desk saved a
 * view of the Donbas and one of the whole story under one name (`…_2022-02-18_1920x1080.png`, the second over the
 * first); the map's coordinates, once in the name, meant nothing there.
 */
import type { FeatureCollection, Point } from 'geojson';
import { fitBounds, toUnit, type View } from './mercator';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './region';

/** A view this many zoom levels in from the whole story's framing (half its width or less) is about a place. */
const ZOOMED_IN = 1;

/**
 * The name of the city nearest the view's centre on the map (Web Mercator), when the view, in a map of `frame`'s size,
 * is zoomed in at least ZOOMED_IN levels from the one that frames the whole story there; null for a view of the whole
 * story, or near it.
 */
export function viewPlace(view: View, frame: { width: number; height: number }, cities: FeatureCollection<Point>): string | null {
  const whole = fitBounds(DEFAULT_BOUNDS, frame.width, frame.height, { top: 0, bottom: 0, left: 0, right: 0 }, MIN_ZOOM, MAX_ZOOM);
  if (view.zoom < whole.zoom + ZOOMED_IN) return null;
  const [cx, cy] = toUnit(view.lng, view.lat);
  let nearest: { name: string; distance: number } | null = null;
  for (const city of cities.features) {
    const name = city.properties?.name;
    if (typeof name !== 'string') continue;
    const [x, y] = toUnit(city.geometry.coordinates[0], city.geometry.coordinates[1]);
    const distance = Math.hypot(x - cx, y - cy);
    if (!nearest || distance < nearest.distance) nearest = { name, distance };
  }
  return nearest?.name ?? null;
}
