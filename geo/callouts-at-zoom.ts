/**
 * The live map's callouts kept apart at its zoom (geo/spread-callouts.ts), as the SVG renderer keeps them at its
 * scale. In Mercator the distance between two places on screen depends on the zoom alone, not on where the map is
 * centred, so the offsets are computed from the zoom, without the map: for the buttons (CSS px) and for the places
 * the names keep clear of (the callouts' clearance, moved with them).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { CalloutProps } from './figure-layers';
import { CALLOUT } from './layers';
import { fromUnit, toUnit, worldSize } from './mercator';
import { roundCoordinates } from './round-coordinates';
import { spreadCallouts } from './spread-callouts';

type Callouts = FeatureCollection<Point, CalloutProps>;

/** Each callout's offset in CSS px at `zoom`, for callouts `typeScale` times their usual size. */
export function calloutOffsetsAtZoom(callouts: Callouts, zoom: number, typeScale: number): [number, number][] {
  const size = worldSize(zoom);
  const spots = callouts.features.map(({ geometry, properties }) => {
    const [x, y] = toUnit(geometry.coordinates[0], geometry.coordinates[1]);
    return { x: x * size, y: y * size, from: properties.from, to: properties.to };
  });
  return spreadCallouts(spots, CALLOUT.size * typeScale * CALLOUT.spacing);
}

/** The callouts' places moved by those offsets (unchanged where a callout keeps its place). */
export function calloutPlacesAtZoom(callouts: Callouts, zoom: number, typeScale: number): Callouts {
  const offsets = calloutOffsetsAtZoom(callouts, zoom, typeScale);
  if (offsets.every(([dx, dy]) => dx === 0 && dy === 0)) return callouts;
  const size = worldSize(zoom);
  return {
    ...callouts,
    features: callouts.features.map((feature, i) => {
      const [dx, dy] = offsets[i];
      if (dx === 0 && dy === 0) return feature;
      const [x, y] = toUnit(feature.geometry.coordinates[0], feature.geometry.coordinates[1]);
      return { ...feature, geometry: roundCoordinates({ type: 'Point', coordinates: fromUnit(x + dx / size, y + dy / size) }, 5) };
    }),
  };
}
