/**
 * The figures as the map draws them: circles (centre and radius) and numbered callouts, each with the timeline steps
 * it is shown at. Pure and small, for the browser too (geo/figure-symbols.ts places them, on the server).
 */
import type { FeatureCollection, Point, Polygon, Position } from 'geojson';
import { circlePolygon } from './circle-polygon';

/** Symbol areas are proportional to the values: 100,000 troops is a circle of this radius at REFERENCE_LAT. */
export const RADIUS_KM_PER_100K = 100;
/**
 * Every map here is Mercator, which draws a circle of a given radius in km larger the further north it stands (by
 * 1 / cos latitude): the U.S. circles (53° N) came out 12% larger in area than Ukraine's (51° N) and 22% larger than
 * NATO's (49° N) for the same number, though the legend says area is proportional to troops. So a circle's radius
 * is scaled by cos(latitude) / cos(REFERENCE_LAT): its area on the map, the one a reader compares, is then
 * proportional to its number wherever it stands. South of every figure, so no circle is drawn larger than the radius
 * the placement of the stacks assumed (radiusKm without a latitude).
 */
export const REFERENCE_LAT = 45;
const cosDeg = (degrees: number) => Math.cos((degrees * Math.PI) / 180);
export const radiusKm = (value: number, latitude = REFERENCE_LAT) => RADIUS_KM_PER_100K * Math.sqrt(value / 100_000) * (cosDeg(latitude) / cosDeg(REFERENCE_LAT));

/** One circle of a figure, shown from step `from` to step `to`; a range is two circles (its ends). */
export interface FigureCircle {
  id: string;
  footnote: number;
  kind: string;
  value: number;
  radiusKm: number;
  centre: Position;
  from: number;
  to: number;
}
/** `figure`: the claim has a number (its callout hides with the figures' layer toggle). */
export interface CalloutProps { id: string; footnote: number; kind: string; label: string; figure: boolean; from: number; to: number }

export interface FigureLayers {
  /** Centres and radii: the polygons are drawn from them (circleFeatures), in the browser too. */
  circles: FigureCircle[];
  callouts: FeatureCollection<Point, CalloutProps>;
}

/** The circles in drawing order, largest first (so smaller ones are drawn over them). */
const drawingOrder = (circles: readonly FigureCircle[]) => [...circles].sort((a, b) => b.radiusKm - a.radiusKm);

/** The circles as polygons, in drawing order, with what the style filters on. */
export function circleFeatures(circles: readonly FigureCircle[]): FeatureCollection<Polygon, Omit<FigureCircle, 'centre'>> & { features: { id: number }[] } {
  // Numbered in drawing order: the live map shows each at its steps through its feature state (by this id).
  const features = drawingOrder(circles).map(({ centre, ...props }, id) => ({
    type: 'Feature' as const, id, properties: props, geometry: circlePolygon(centre, props.radiusKm),
  }));
  return { type: 'FeatureCollection', features };
}

/** Each circle's feature id (as circleFeatures numbers it) and the steps it is shown at, without drawing a polygon. */
export function circleSpans(circles: readonly FigureCircle[]): { id: number; from: number; to: number }[] {
  return drawingOrder(circles).map(({ from, to }, id) => ({ id, from, to }));
}

/** Only the figures and callouts of these claims (a presenter scene's); null keeps them all. */
export function selectFigures(layers: FigureLayers, claims: readonly string[] | null): FigureLayers {
  if (claims === null) return layers;
  const keep = new Set(claims);
  return {
    circles: layers.circles.filter((c) => keep.has(c.id)),
    callouts: { ...layers.callouts, features: layers.callouts.features.filter((f) => keep.has(f.properties.id)) },
  };
}

/** What is shown at one step only (the exports draw just that). */
export function figuresAtStep(layers: FigureLayers, step: number): FigureLayers {
  const shown = (p: { from: number; to: number }) => p.from <= step && step <= p.to;
  return {
    circles: layers.circles.filter(shown),
    callouts: { ...layers.callouts, features: layers.callouts.features.filter((f) => shown(f.properties)) },
  };
}
