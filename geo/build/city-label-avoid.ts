import { destination, lineIntersect, lineString } from '@turf/turf';
import type { Feature, MultiLineString, Point } from 'geojson';
import type { LabelAvoid } from '../city-label-sides';

/**
 * How far a city's name reaches beside its dot, in km: "Rostov-on-Don" in 12 px type is about 85 px, 280 km at the
 * region's zoom 5 and 140 at zoom 6.
 */
export const NAME_REACH_KM = 200;

/**
 * The side (east or west) on which a city's name would cross one of `borders` within NAME_REACH_KM of its dot, or
 * null where neither or both would.
 */
export function cityLabelAvoid(city: Feature<Point>, borders: readonly Feature<MultiLineString>[], reachKm = NAME_REACH_KM): LabelAvoid | null {
  const from = city.geometry.coordinates;
  const crosses = (bearing: number) => {
    const to = destination(from, reachKm, bearing, { units: 'kilometers' }).geometry.coordinates;
    const reach = lineString([from, to]);
    return borders.some((border) => lineIntersect(reach, border).features.length > 0);
  };
  const [east, west] = [crosses(90), crosses(-90)];
  return east === west ? null : east ? 'east' : 'west';
}
