import { centroid, circle, destination, bearing, pointOnFeature, pointToPolygonDistance, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { type Buildup, headlineClaims } from './buildup';
import { roundCoordinates } from './round-coordinates';
import type { GeoData } from './load-geo';

/** Symbol areas are proportional to the values: 100,000 troops is a circle of this radius. */
export const RADIUS_KM_PER_100K = 100;
const CLEARANCE_KM = 25;

export const radiusKm = (value: number) => RADIUS_KM_PER_100K * Math.sqrt(value / 100_000);

export interface FigureSymbolProps { id: string; footnote: number; kind: string; value: number; radiusKm: number }
/** `figure`: the claim has a number (its callout hides with the figures' layer toggle). */
export interface CalloutProps { id: string; footnote: number; kind: string; label: string; figure: boolean }

export interface FigureLayers {
  symbols: FeatureCollection<Polygon, FigureSymbolProps>;
  callouts: FeatureCollection<Point, CalloutProps>;
}

const byRole = (geo: GeoData, role: string) => geo.countries.features.find((f) => f.properties?.role === role)!;

/**
 * Where the headline circles stand: inside Russia, moved away from Ukraine from the middle of the border zone
 * until the largest circle clears mainland Ukraine, so no figure is ever painted inside it.
 */
function symbolCentre(geo: GeoData, largestRadiusKm: number): Position {
  const ukraine = byRole(geo, 'ukraine');
  const russia = byRole(geo, 'russia');
  let here = centroid(geo.zones.features[0]).geometry.coordinates;
  const away = bearing(centroid(ukraine), here);
  for (let step = 0; step < 60; step++) {
    const clear = pointToPolygonDistance(here, ukraine as Feature<MultiPolygon>, { units: 'kilometers' }) >= largestRadiusKm + CLEARANCE_KM;
    if (clear && booleanPointInPolygon(here, russia)) return here;
    here = destination(here, 10, away, { units: 'kilometers' }).geometry.coordinates;
  }
  throw new Error('figureSymbols: no place in Russia clears Ukraine for the largest circle');
}

/** Where each claim's numbered callout stands on the map, by the geometry it refers to. */
function calloutAnchor(geo: GeoData, geometry: string): Position | null {
  if (geometry === 'crimea') return pointOnFeature(geo.crimea.features[0]).geometry.coordinates;
  if (geometry === 'belarus') return pointOnFeature(byRole(geo, 'belarus')).geometry.coordinates;
  if (geometry === 'eastern-flank') {
    const poland = geo.countries.features.find((f) => f.properties?.iso_a3 === 'POL');
    return poland ? pointOnFeature(poland).geometry.coordinates : null;
  }
  return null;
}

/**
 * The headline figures as concentric circles (area ∝ value) beside the border zone, and a numbered callout for
 * each headline figure and for the first claim about each other place. Pure: the same data gives the same shapes
 * on the live map, in the fallback and in every export.
 */
export function figureLayers(buildup: Buildup, geo: GeoData): FigureLayers {
  const headline = headlineClaims(buildup);
  const largest = Math.max(...headline.map((c) => radiusKm(c.value!)));
  const centre = symbolCentre(geo, largest);
  const sorted = [...headline].sort((a, b) => b.value! - a.value!);
  const symbols = sorted.map((claim) => {
    const r = radiusKm(claim.value!);
    const shape = circle(centre, r, { steps: 64, units: 'kilometers', properties: { id: claim.id, footnote: claim.footnote, kind: claim.kind, value: claim.value!, radiusKm: r } });
    // 1e-4° is about 10 m, far below a pixel at the map's zooms; the figures travel in every page and API answer.
    return { ...shape, geometry: roundCoordinates(shape.geometry, 4) };
  });
  const callouts: Feature<Point, CalloutProps>[] = sorted.map((claim, i) => ({
    type: 'Feature',
    properties: { id: claim.id, footnote: claim.footnote, kind: claim.kind, label: String(claim.footnote), figure: true },
    geometry: roundCoordinates(destination(centre, radiusKm(claim.value!), i === 0 ? 35 : 215, { units: 'kilometers' }).geometry, 4),
  }));
  const placed = new Set<string>(['border-zone']);
  for (const claim of buildup.claims) {
    if (placed.has(claim.where.geometry)) continue;
    const anchor = calloutAnchor(geo, claim.where.geometry);
    if (!anchor) continue;
    placed.add(claim.where.geometry);
    callouts.push({ type: 'Feature', properties: { id: claim.id, footnote: claim.footnote, kind: claim.kind, label: String(claim.footnote), figure: claim.value !== null }, geometry: roundCoordinates({ type: 'Point', coordinates: anchor }, 4) });
  }
  return { symbols: { type: 'FeatureCollection', features: symbols }, callouts: { type: 'FeatureCollection', features: callouts } };
}

/** Only the figures and callouts of these claims (a presenter scene's); null keeps them all. */
export function selectFigures(layers: FigureLayers, claims: readonly string[] | null): FigureLayers {
  if (claims === null) return layers;
  const keep = new Set(claims);
  return {
    symbols: { ...layers.symbols, features: layers.symbols.features.filter((f) => keep.has(f.properties.id)) },
    callouts: { ...layers.callouts, features: layers.callouts.features.filter((f) => keep.has(f.properties.id)) },
  };
}
