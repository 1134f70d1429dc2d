import 'server-only';
import { bearing, booleanPointInPolygon, centroid, destination, distance, pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Position } from 'geojson';
import { belarusCentre } from './belarus-centre';
import type { Buildup } from './buildup';
import { type CalloutProps, type FigureCircle, type FigureLayers, radiusKm } from './figure-layers';
import { figureStacks, type FigureSpan, type Stack } from './figure-stacks';
import type { GeoData } from './load-geo';
import { roundCoordinates } from './round-coordinates';
import { statementCallouts } from './statement-callouts';

export * from './figure-layers';

const CLEARANCE_KM = 25;
const GAP_KM = 30;

const byRole = (geo: GeoData, role: string) => geo.countries.features.find((f) => f.properties?.role === role)!;

/**
 * Where the stacks at the border stand: inside Russia, side by side along the border (the first at the middle of the
 * border band, the next to one side of it, the next to the other, so the group stays near the border's middle),
 * each moved away from Ukraine until its largest circle clears mainland Ukraine and the stacks already placed, so no
 * figure is ever painted inside Ukraine and no two series' circles overlap.
 */
function placeStacks(geo: GeoData, radii: number[]): Position[] {
  const ukraine = byRole(geo, 'ukraine') as Feature<MultiPolygon>;
  const russia = byRole(geo, 'russia');
  const start = centroid(geo.zones.features[0]).geometry.coordinates;
  const away = bearing(centroid(ukraine), start);
  const placed: { at: Position; r: number }[] = [];
  const ends: Record<number, { at: Position; r: number } | undefined> = {};
  radii.forEach((r, i) => {
    const side = i % 2 === 1 ? -90 : 90;
    const neighbour = ends[side] ?? placed[0];
    let here = neighbour ? destination(neighbour.at, neighbour.r + r + GAP_KM, away + side, { units: 'kilometers' }).geometry.coordinates : start;
    for (let step = 0; ; step++) {
      const clear = pointToPolygonDistance(here, ukraine, { units: 'kilometers' }) >= r + CLEARANCE_KM
        && placed.every((p) => distance(here, p.at, { units: 'kilometers' }) >= p.r + r + GAP_KM);
      if (clear && booleanPointInPolygon(here, russia)) break;
      if (step > 80) throw new Error('figureSymbols: no place in Russia clears Ukraine and the other figures');
      here = destination(here, 10, away, { units: 'kilometers' }).geometry.coordinates;
    }
    const spot = { at: here, r };
    placed.push(spot);
    if (i > 0) ends[side] = spot;
  });
  return placed.map((p) => p.at);
}

/** Where each other claim's numbered callout stands on the map, by the geometry it refers to. */
function calloutAnchor(geo: GeoData, geometry: string): Position | null {
  if (geometry === 'crimea') return pointOnFeature(geo.crimea.features[0]).geometry.coordinates;
  if (geometry === 'belarus') return pointOnFeature(byRole(geo, 'belarus')).geometry.coordinates;
  if (geometry === 'ukraine') return pointOnFeature(byRole(geo, 'ukraine')).geometry.coordinates;
  if (geometry === 'eastern-flank') {
    const poland = geo.countries.features.find((f) => f.properties?.iso_a3 === 'POL');
    return poland ? pointOnFeature(poland).geometry.coordinates : null;
  }
  return null;
}

const callout = (span: Pick<FigureSpan, 'claim' | 'from' | 'to'>, at: Position, figure: boolean): Feature<Point, CalloutProps> => ({
  type: 'Feature',
  properties: { id: span.claim.id, footnote: span.claim.footnote, kind: span.claim.kind, label: String(span.claim.footnote), figure, from: span.from, to: span.to },
  geometry: roundCoordinates({ type: 'Point', coordinates: at }, 4),
});

/**
 * Every figure the map can show over the timeline, each with the steps it is shown at: each stack's circles
 * (area ∝ value; concentric within a stack: its figure in place and its plan) and a numbered callout on the rim, and a
 * callout for the first claim about each other place. Pure: the same data gives the same shapes on the live map, in
 * the server-drawn map and in every export.
 */
export function figureLayers(buildup: Buildup, geo: GeoData): FigureLayers {
  const stacks = figureStacks(buildup.claims, buildup.steps);
  // Placed for the radius at REFERENCE_LAT, south of every stack: the circles drawn at their own latitude are smaller.
  const stackRadius = (s: Stack) => radiusKm(s.maxValue);
  const atBorder = stacks.filter((s) => s.place === 'border-zone');
  const centres = new Map<Stack, Position>(placeStacks(geo, atBorder.map(stackRadius)).map((at, i) => [atBorder[i], at]));
  const inBelarus = stacks.filter((s) => s.place === 'belarus');
  if (inBelarus.length > 0) {
    const belarus = belarusCentre(byRole(geo, 'belarus'), byRole(geo, 'ukraine'), Math.max(...inBelarus.map(stackRadius)));
    for (const stack of inBelarus) centres.set(stack, belarus);
  }

  const circles: FigureCircle[] = [];
  const callouts: Feature<Point, CalloutProps>[] = [];
  for (const stack of stacks) {
    const centre = roundCoordinates({ type: 'Point', coordinates: centres.get(stack)! }, 4).coordinates;
    for (const span of stack.spans) {
      const { claim } = span;
      const values = [claim.value!, ...(claim.valueHigh !== undefined ? [claim.valueHigh] : [])];
      for (const value of values) {
        circles.push({ id: claim.id, footnote: claim.footnote, kind: claim.kind, value, radiusKm: radiusKm(value, centre[1]), centre, from: span.from, to: span.to });
      }
      // A plan's callout stands to the north-east of its rim, a figure in place's to the south-west, so both show.
      const rim = destination(centre, radiusKm(Math.max(...values), centre[1]), span.role === 'plan' ? 35 : 215, { units: 'kilometers' }).geometry.coordinates;
      callouts.push(callout(span, rim, true));
    }
  }
  const last = buildup.steps.length - 1;
  for (const claim of statementCallouts(buildup.claims)) {
    const anchor = calloutAnchor(geo, claim.where.geometry);
    if (anchor) callouts.push(callout({ claim, from: buildup.steps.indexOf(claim.saidOn), to: last }, anchor, false));
  }
  callouts.sort((a, b) => a.properties.footnote - b.properties.footnote);
  return { circles, callouts: { type: 'FeatureCollection', features: callouts } };
}

