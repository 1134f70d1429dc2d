import { destination } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { calloutOffsetsAtZoom, calloutPlacesAtZoom } from '@/geo/callouts-at-zoom';
import type { CalloutProps } from '@/geo/figure-layers';
import { CALLOUT } from '@/geo/layers';
import { mapStyle } from '@/geo/map-style';
import { toUnit, worldSize } from '@/geo/mercator';
import { themes } from '@/geo/style';

// Belarus: 25 on the 5,000 circle's rim (south-west), 26 on the 30,000 circle's (north-east), 65 km apart.
const centre = [28.03, 53.53];
const rim = (km: number, bearing: number) => destination(centre, km, bearing, { units: 'kilometers' }).geometry.coordinates;
const callout = (label: string, at: number[], kind: string): Feature<Point, CalloutProps> => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: at },
  properties: { id: `claim-${label}`, footnote: Number(label), kind, label, figure: true, from: 13, to: 21 },
});
const belarus: FeatureCollection<Point, CalloutProps> = { type: 'FeatureCollection', features: [callout('25', rim(19, 215), 'reported'), callout('26', rim(46.6, 35), 'projection')] };

/** Screen distance in CSS px between two places at `zoom`. */
const pxApart = (a: number[], b: number[], zoom: number) => {
  const [[ax, ay], [bx, by]] = [toUnit(a[0], a[1]), toUnit(b[0], b[1])];
  return Math.hypot(ax - bx, ay - by) * worldSize(zoom);
};

describe('callouts at a zoom', () => {
  it('moves two callouts that overlap at a zoomed-out view apart, by the same offsets in px and in places', () => {
    const [a, b] = belarus.features.map((f) => f.geometry.coordinates);
    expect(pxApart(a, b, 3.6)).toBeLessThan(CALLOUT.size);
    const offsets = calloutOffsetsAtZoom(belarus, 3.6, 1);
    expect(offsets[0][0]).toBeLessThan(0);
    const places = calloutPlacesAtZoom(belarus, 3.6, 1).features.map((f) => f.geometry.coordinates);
    expect(pxApart(places[0], places[1], 3.6)).toBeCloseTo(CALLOUT.size * CALLOUT.spacing, 0);
    // In the presenter's type (1.6 times larger) they stand further apart.
    const presenter = calloutPlacesAtZoom(belarus, 3.6, 1.6).features.map((f) => f.geometry.coordinates);
    expect(pxApart(presenter[0], presenter[1], 3.6)).toBeCloseTo(CALLOUT.size * 1.6 * CALLOUT.spacing, 0);
  });

  it('leaves callouts that do not overlap at their anchors, the same collection', () => {
    expect(calloutOffsetsAtZoom(belarus, 6, 1)).toEqual([[0, 0], [0, 0]]);
    expect(calloutPlacesAtZoom(belarus, 6, 1)).toBe(belarus);
  });

  it('puts the names’ clearance of the live map’s style where the callouts stand at its start zoom', () => {
    const input = { theme: themes.light, origin: 'http://x', typeScale: 1, figures: { circles: [], callouts: belarus }, crimeaSince: 2014, hidden: [], highlight: null };
    const data = (zoom?: number) => (mapStyle({ ...input, calloutZoom: zoom }).sources['callout-places'] as { data: FeatureCollection<Point> }).data;
    expect(data()).toBe(belarus);
    expect(data(6)).toBe(belarus);
    expect(data(3.6).features.map((f) => f.geometry.coordinates)).toEqual(calloutPlacesAtZoom(belarus, 3.6, 1).features.map((f) => f.geometry.coordinates));
    expect(data(3.6).features[0].geometry.coordinates).not.toEqual(belarus.features[0].geometry.coordinates);
  });
});
