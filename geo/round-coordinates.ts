import type { Geometry, Position } from 'geojson';

type Nested = Position | Nested[];

function roundNested(value: Nested, factor: number): Nested {
  if (typeof value[0] === 'number') return (value as Position).map((n) => Math.round(n * factor) / factor);
  return (value as Nested[]).map((inner) => roundNested(inner, factor));
}

/** Rounds every coordinate; shared vertices round alike, so touching outlines still touch. */
export function roundCoordinates<G extends Exclude<Geometry, GeoJSON.GeometryCollection>>(geometry: G, decimals: number): G {
  const factor = 10 ** decimals;
  return { ...geometry, coordinates: roundNested(geometry.coordinates as Nested, factor) } as G;
}
