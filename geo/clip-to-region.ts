import { bboxClip } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from './region';
import { unwrapAntimeridian } from './unwrap-antimeridian';

const isLongEnoughRing = (ring: Position[]) => ring.length >= 4;

function ringBBox(ring: Position[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [w, s, e, n];
}

const overlaps = (a: BBox, b: BBox) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Clips a (multi)polygon to the region, after unwrapping rings that cross 180°. Polygons wholly outside are
 * dropped; returns null when nothing is left.
 */
export function clipPolygonsToRegion(
  feature: Feature<Polygon | MultiPolygon>,
  region: BBox,
): Feature<MultiPolygon> | null {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const outer = unwrapAntimeridian(polygon[0]);
    if (!overlaps(ringBBox(outer), region)) continue;
    const holes = polygon.slice(1).map(unwrapAntimeridian);
    const clipped = bboxClip({ type: 'Polygon', coordinates: [outer, ...holes] }, region);
    const rings = (clipped.geometry.coordinates as Position[][]).filter(isLongEnoughRing);
    if (rings.length > 0 && isLongEnoughRing(rings[0])) kept.push(rings);
  }
  if (kept.length === 0) return null;
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

export function clipLinesToRegion(lines: MultiLineString, region: BBox): MultiLineString {
  const clipped = bboxClip(lines, region).geometry as LineString | MultiLineString;
  const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return { type: 'MultiLineString', coordinates: parts.filter((line) => line.length >= 2) };
}
