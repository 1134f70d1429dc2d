import type { MultiPolygon, Position } from 'geojson';

const distinctPositions = (ring: Position[]) => new Set(ring.map(([x, y]) => `${x},${y}`)).size;

/** Rounding can collapse a tiny enclave to one point; such rings are not valid GeoJSON and are dropped. */
export function dropDegenerateRings(geometry: MultiPolygon): MultiPolygon {
  const coordinates = geometry.coordinates
    .map((polygon) => polygon.filter((ring) => distinctPositions(ring) >= 3))
    .filter((polygon, index) => polygon.length > 0 && distinctPositions(geometry.coordinates[index][0]) >= 3);
  return { type: 'MultiPolygon', coordinates };
}
