import type { GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Segment } from './segment-crosses-rect';

/** A line or multi-line's straight pieces through `projection`, in SVG units (other geometries have none). */
export function projectedSegments(geometry: Geometry | undefined, projection: GeoProjection): Segment[] {
  const lines = geometry?.type === 'LineString' ? [geometry.coordinates] : geometry?.type === 'MultiLineString' ? geometry.coordinates : [];
  return lines.flatMap((line) => {
    const points = line.map(([lng, lat]) => projection([lng, lat])).filter((p): p is [number, number] => p !== null);
    return points.slice(1).map((p, i): Segment => [points[i][0], points[i][1], p[0], p[1]]);
  });
}
