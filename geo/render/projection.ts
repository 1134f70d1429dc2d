/**
 * The map's projection for d3-geo: Web Mercator exactly as MapLibre draws it (geo/mercator.ts), centred on the
 * view, translated to the map box's centre and turned by the view's bearing.
 */
import { type GeoProjection, type GeoStream, geoMercator } from 'd3-geo';
import { worldSize } from '../mercator';
import type { View } from '../view';

export { constrainView, metresPerPixel } from '../mercator';

const passThrough = (stream: GeoStream) => stream;

export interface Box { x: number; y: number; width: number; height: number }

/**
 * No resampling (precision 0): MapLibre joins projected vertices with straight lines, and so do we. A bearing of
 * B degrees turns the map anticlockwise by B, as MapLibre does (north then points B degrees left of up).
 * No clipping on the sphere either: the shapes are cut to the region and unwrapped at 180° when built
 * (geo/clip-to-region.ts), so d3's antimeridian clip passed every ring through unchanged, after testing each polygon
 * for the poles (a sixth of an export's drawing). Only the map box clips.
 */
export function mapProjection(view: View, box: Box, bearing = 0): GeoProjection {
  return geoMercator()
    .scale(worldSize(view.zoom) / (2 * Math.PI))
    .center([view.lng, view.lat])
    .angle(-bearing)
    .translate([box.x + box.width / 2, box.y + box.height / 2])
    .preclip(passThrough)
    .clipExtent([[box.x, box.y], [box.x + box.width, box.y + box.height]])
    .precision(0);
}
