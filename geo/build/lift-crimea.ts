import { area, centroid } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { BBox } from '../region';

/** Crimea's centroid lies here; mainland Russia's (and the Taman peninsula's) does not. */
const CRIMEA_PROBE: BBox = [32.4, 44.3, 36.6, 46.3];
/** Natural Earth 1:10m puts Crimea (with Sevastopol) at about 27,000 km² (sources README). */
const EXPECTED_AREA_KM2: [number, number] = [24_000, 30_000];

export const CRIMEA_ID = 'crimea';

/**
 * Natural Earth draws Crimea inside Russia's MultiPolygon. Moves those polygons (by topology arcs, so the
 * Crimea–Ukraine line stays shared with Ukraine's outline) into a feature of their own, and fails loudly if
 * they are not where expected, because a silent miss would fill Crimea as Russia.
 */
export function liftCrimea(topology: Topology, objectName = 'countries'): Topology {
  const collection = topology.objects[objectName] as GeometryCollection;
  const russia = collection.geometries.find((g) => String(g.id) === '643');
  if (!russia || russia.type !== 'MultiPolygon') throw new Error('liftCrimea: Russia (643) is not a MultiPolygon in the source');

  const isCrimean = (arcs: MultiPolygon['arcs'][number]) => {
    const polygon = feature(topology, { type: 'Polygon', arcs } as Polygon) as GeoJSON.Feature<GeoJSON.Polygon>;
    const [lng, lat] = centroid(polygon).geometry.coordinates;
    return lng > CRIMEA_PROBE[0] && lng < CRIMEA_PROBE[2] && lat > CRIMEA_PROBE[1] && lat < CRIMEA_PROBE[3];
  };
  const crimeanArcs = russia.arcs.filter(isCrimean);
  if (crimeanArcs.length === 0) throw new Error('liftCrimea: no polygon of Russia has its centroid in Crimea; the source changed');

  const crimea: MultiPolygon = { type: 'MultiPolygon', arcs: crimeanArcs, id: CRIMEA_ID, properties: { name: 'Crimea' } };
  const km2 = area(feature(topology, crimea) as GeoJSON.Feature) / 1e6;
  if (km2 < EXPECTED_AREA_KM2[0] || km2 > EXPECTED_AREA_KM2[1]) {
    throw new Error(`liftCrimea: the lifted polygons cover ${Math.round(km2)} km², not about 27,000 km²`);
  }
  const mainlandRussia: MultiPolygon = { ...russia, arcs: russia.arcs.filter((arcs) => !isCrimean(arcs)) };
  const geometries = collection.geometries.map((g) => (g === russia ? mainlandRussia : g));
  return { ...topology, objects: { ...topology.objects, [objectName]: { ...collection, geometries: [...geometries, crimea] } } };
}
