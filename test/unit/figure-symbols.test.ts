import { booleanIntersects, booleanPointInPolygon, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { circleFeatures, figureLayers, figuresAtStep } from '@/geo/figure-symbols';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { stepForDate } from '@/geo/timeline';

const geo = loadGeo();
const buildup = loadBuildup();
const layers = figureLayers(buildup, geo);
const { circles, callouts } = layers;
const ukraine = geo.countries.features.find((f) => f.properties?.role === 'ukraine')!;
const russia = geo.countries.features.find((f) => f.properties?.role === 'russia')!;
const belarus = geo.countries.features.find((f) => f.properties?.role === 'belarus')!;
const at = (date: string) => figuresAtStep(layers, stepForDate(buildup.steps, date));
const ids = (l: typeof layers) => [...new Set(l.circles.map((c) => c.id))].sort();

describe('the figures on the map over time', () => {
  it('shows each series’ latest figure on a date, and nothing said later', () => {
    expect(ids(at('2021-11-03'))).toEqual(['kyiv-mod-90k']);
    expect(ids(at('2021-12-06'))).toEqual(['deployed-90k', 'projected-175k', 'reznikov-175k-trend', 'us-estimate-70k']);
    const latest = ids(figuresAtStep(layers, buildup.steps.length - 1));
    expect(latest).toContain('carpenter-169-190k');
    expect(latest).toContain('reznikov-147k');
    expect(latest).toContain('stoltenberg-100k');
    expect(latest).not.toContain('deployed-90k');
  });

  it('draws a range as two circles, its ends', () => {
    const range = circles.filter((c) => c.id === 'carpenter-169-190k').map((c) => c.value).sort();
    expect(range).toEqual([169_000, 190_000]);
  });

  // On the map, not on the ground: every map here is Mercator, which draws circles further north larger.
  it('sizes circles by their area on the map, wherever they stand: the U.S., Ukraine and NATO at one scale', () => {
    const polygons = circleFeatures(circles).features;
    const mercatorArea = (id: string, value: number) => {
      const ring = polygons.find((f) => f.properties.id === id && f.properties.value === value)!.geometry.coordinates[0];
      const xy = ring.map(([lng, lat]) => [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))]);
      return Math.abs(xy.slice(1).reduce((sum, [x, y], i) => sum + xy[i][0] * y - x * xy[i][1], 0)) / 2;
    };
    const perTroop = (id: string, value: number) => mercatorArea(id, value) / value;
    const centre = (id: string) => circles.find((c) => c.id === id)!.centre[1];
    // The three series stand at different latitudes…
    expect(centre('carpenter-169-190k') - centre('stoltenberg-100k')).toBeGreaterThan(2);
    // …and a troop is the same area on the map in each, within 1%.
    const reference = perTroop('reznikov-147k', 147_000);
    for (const [id, value] of [['carpenter-169-190k', 190_000], ['stoltenberg-100k', 100_000], ['projected-175k', 175_000], ['deployed-90k', 90_000]] as const) {
      expect(perTroop(id, value) / reference, id).toBeCloseTo(1, 2);
    }
  });

  it('never paints a border figure inside mainland Ukraine; Belarus figures stand in Belarus', () => {
    for (const feature of circleFeatures(circles).features) {
      expect(booleanIntersects(feature, ukraine), feature.properties.id).toBe(false);
    }
    for (const circle of circles) {
      const home = circle.id.startsWith('belarus-') ? belarus : russia;
      expect(booleanPointInPolygon(circle.centre, home), `${circle.id}'s centre`).toBe(true);
    }
  });

  it('keeps the series apart: one centre per series and place, and their circles do not overlap', () => {
    const centreOf = (id: string) => circles.find((c) => c.id === id)!.centre;
    expect(centreOf('deployed-90k')).toEqual(centreOf('reznikov-147k'));
    expect(centreOf('projected-175k')).toEqual(centreOf('carpenter-169-190k'));
    expect(centreOf('deployed-90k')).not.toEqual(centreOf('projected-175k'));
    const biggest = (id: string) => Math.max(...circles.filter((c) => c.centre.join() === centreOf(id).join()).map((c) => c.radiusKm));
    const apart = distance(centreOf('deployed-90k'), centreOf('projected-175k'), { units: 'kilometers' });
    expect(apart).toBeGreaterThan(biggest('deployed-90k') + biggest('projected-175k'));
  });

  it('numbers each callout with its claim’s footnote, Crimea’s inside Crimea', () => {
    const byId = Object.fromEntries(callouts.features.map((f) => [f.properties.id, f]));
    const footnote = (id: string) => String(buildup.claims.find((c) => c.id === id)!.footnote);
    expect(byId['deployed-90k'].properties.label).toBe(footnote('deployed-90k'));
    expect(byId['projected-175k'].properties.label).toBe(footnote('projected-175k'));
    expect(booleanPointInPolygon(byId['crimea-2014'].geometry.coordinates, geo.crimea.features[0])).toBe(true);
    expect(booleanPointInPolygon(byId['crimea-2014'].geometry.coordinates, russia)).toBe(false);
  });
});
