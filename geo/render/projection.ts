/**
 * The Web Mercator projection exactly as MapLibre draws it: the world is 512·2^zoom CSS px wide, so
 * d3's scale (px per radian) is 512·2^zoom / 2π, centred on the view and translated to the map box's centre.
 */
import { type GeoProjection, geoMercator } from 'd3-geo';
import { constrainView } from '../constrain-view';
import type { View } from '../view';

export { constrainView };

export interface Box { x: number; y: number; width: number; height: number }

const TILE = 512;
const EARTH_RADIUS_M = 6378137;

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
