import type { Polygon, Position } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/**
 * A circle on the sphere (every point `radiusKm` from `centre` along a great circle) as a polygon of `steps`
 * points, coordinates rounded to 1e-4° (about 10 m). The same shape on the server (exports, first paint) and in the
 * browser (the live map), where it is built from a centre and a radius instead of travelling as coordinates.
 */
export function circlePolygon(centre: Position, radiusKm: number, steps = 64): Polygon {
  const [lng0, lat0] = [rad(centre[0]), rad(centre[1])];
  const d = radiusKm / EARTH_RADIUS_KM;
  const ring: Position[] = [];
  for (let i = 0; i < steps; i++) {
    // Counter-clockwise from north, as RFC 7946 winds an exterior ring.
    const bearing = rad((-i * 360) / steps);
    const lat = Math.asin(Math.sin(lat0) * Math.cos(d) + Math.cos(lat0) * Math.sin(d) * Math.cos(bearing));
    const lng = lng0 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat0), Math.cos(d) - Math.sin(lat0) * Math.sin(lat));
    ring.push([Math.round(deg(lng) * 1e4) / 1e4, Math.round(deg(lat) * 1e4) / 1e4]);
  }
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}
