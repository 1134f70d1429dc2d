import { bearing, booleanPointInPolygon, centroid, destination, pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** As far from Ukraine as the figures at the border keep their circles (figure-symbols.ts). */
const CLEARANCE_KM = 25;
const STEP_KM = 10;

/**
 * Where the figures about Belarus stand: in Belarus, moved from its middle towards Ukraine for as long as a circle of
 * `radiusKm` stays clear of Ukraine and its centre in Belarus. The sources put them "near the Belarus-Ukraine border"
 * ("30,000 troops near Belarus-Ukraine border"), and a presenter's caption says so: drawn on Minsk, some 300 km from that
 * border, the map contradicted it.
 */
export function belarusCentre(belarus: Feature<Polygon | MultiPolygon>, ukraine: Feature<Polygon | MultiPolygon>, radiusKm: number): Position {
  let here = pointOnFeature(belarus).geometry.coordinates;
  const towards = bearing(here, centroid(ukraine));
  for (let step = 0; step < 60; step++) {
    const next = destination(here, STEP_KM, towards, { units: 'kilometers' }).geometry.coordinates;
    const clear = pointToPolygonDistance(next, ukraine as Feature<Polygon>, { units: 'kilometers' }) >= radiusKm + CLEARANCE_KM;
    if (!clear || !booleanPointInPolygon(next, belarus)) break;
    here = next;
  }
  return here;
}
