/**
 * The Web Mercator projection exactly as MapLibre draws it: the world is 512·2^zoom CSS px wide, so
 * d3's scale (px per radian) is 512·2^zoom / 2π, centred on the view and translated to the map box's centre.
 */
import { type GeoProjection, geoMercator } from 'd3-geo';
import { type BBox, REGION_BBOX } from '../region';
import type { View } from '../view';

export interface Box { x: number; y: number; width: number; height: number }

const TILE = 512;
const EARTH_RADIUS_M = 6378137;
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

/** No resampling (precision 0): MapLibre joins projected vertices with straight lines, and so do we. */
export function mapProjection(view: View, box: Box): GeoProjection {
  return geoMercator()
    .scale((TILE * 2 ** view.zoom) / (2 * Math.PI))
    .center([view.lng, view.lat])
    .translate([box.x + box.width / 2, box.y + box.height / 2])
    .clipExtent([[box.x, box.y], [box.x + box.width, box.y + box.height]])
    .precision(0);
}

/** Ground metres one CSS px covers at `lat`. */
export const metresPerPixel = (zoom: number, lat: number) =>
  (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
