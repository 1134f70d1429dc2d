import type { Position } from 'geojson';

/**
 * Natural Earth rings that cross 180° jump from +180 to -180. Shifting the later vertices by ±360 makes the
 * ring continuous; the whole ring is then moved by a multiple of 360 so that its western end lies in
 * [-180, 180). Its eastern end may exceed 180, so a later clip to the region keeps or drops it whole instead of
 * drawing a streak across the map.
 */
export function unwrapAntimeridian(ring: Position[]): Position[] {
  let shift = 0;
  const continuous = ring.map(([lng, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lng - previous > 180) shift -= 360;
      else if (previous - lng > 180) shift += 360;
    }
    return [lng + shift, lat];
  });
  const west = Math.min(...continuous.map(([lng]) => lng));
  const recentre = 360 * Math.ceil((-180 - west) / 360);
  return recentre === 0 ? continuous : continuous.map(([lng, lat]) => [lng + recentre, lat]);
}
