/**
 * Web Mercator as MapLibre measures it (a 512 px world at zoom 0). Pure and small, so the live map, the
 * renderer and the first paint all keep a view inside the region the same way.
 */
import { type BBox, REGION_BBOX } from './region';
import type { View } from './view';

const TILE = 512;
const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lngOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/**
 * The view MapLibre would show in a `width`×`height` box with maxBounds = `bounds`: zoomed in until the bounds
 * cover the box, then the centre moved so no edge of the bounds shows. Geometry is clipped to the region when
 * built, so without this a wide image at a low zoom would show the cut edges.
 */
export function constrainView(view: View, width: number, height: number, bounds: BBox = REGION_BBOX): View {
  const [x0, x1] = [mercX(bounds[0]), mercX(bounds[2])];
  const [y0, y1] = [mercY(bounds[3]), mercY(bounds[1])];
  const worldSize = Math.max(TILE * 2 ** view.zoom, width / (x1 - x0), height / (y1 - y0));
  const halfW = width / 2 / worldSize, halfH = height / 2 / worldSize;
  const x = Math.min(Math.max(mercX(view.lng), x0 + halfW), x1 - halfW);
  const y = Math.min(Math.max(mercY(view.lat), y0 + halfH), y1 - halfH);
  return { zoom: Math.log2(worldSize / TILE), lat: latOf(y), lng: lngOf(x) };
}

