import { buffer, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { BORDER_ZONE_KM, BORDER_ZONE_NAME } from '../map-words';

/**
 * Where the 90,000 were reported, with Crimea (drawn from its own layer): Russia's side of the Russia–Ukraine
 * border, a band of BORDER_ZONE_KM. Intersecting with Russia keeps it out of mainland Ukraine by construction.
 */
export function borderZone(
  russiaUkraineBorder: Feature<MultiLineString>,
  russia: Feature<MultiPolygon>,
): Feature<Polygon | MultiPolygon> {
  const band = buffer(russiaUkraineBorder, BORDER_ZONE_KM, { units: 'kilometers', steps: 8 });
  if (!band) throw new Error('borderZone: the border could not be buffered');
  const russianSide = intersect(featureCollection<Polygon | MultiPolygon>([band, russia]));
  if (!russianSide) throw new Error('borderZone: the band does not reach into Russia');
  const name = BORDER_ZONE_NAME;
  return { type: 'Feature', id: 'border-zone', properties: { id: 'border-zone', name }, geometry: russianSide.geometry };
}
