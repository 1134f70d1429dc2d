import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { liftCrimea } from '@/geo/build/lift-crimea';

/** A made-up topology: "Russia" as one square far from Crimea. */
const withoutCrimea: Topology = {
  type: 'Topology',
  arcs: [[[40, 50], [41, 50], [41, 51], [40, 51], [40, 50]]],
  objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', id: '643', arcs: [[[0]]], properties: { name: 'Russia' } }] } },
};

describe('liftCrimea', () => {
  it('fails loudly when no polygon of Russia lies in Crimea', () => {
    expect(() => liftCrimea(withoutCrimea)).toThrow('liftCrimea: no polygon of Russia has its centroid in Crimea; the source changed');
  });

  it('fails loudly when the lifted polygon is not Crimea-sized', () => {
    const tiny: Topology = { ...withoutCrimea, arcs: [[[34, 45], [34.1, 45], [34.1, 45.1], [34, 45.1], [34, 45]]] };
    expect(() => liftCrimea(tiny)).toThrow("liftCrimea: the lifted polygons cover 87 km², not about 27,000 km²");
  });

  it('fails when Russia is missing', () => {
    const empty: Topology = { ...withoutCrimea, objects: { countries: { type: 'GeometryCollection', geometries: [] } } };
    expect(() => liftCrimea(empty)).toThrow('Russia (643) is not a MultiPolygon');
  });
});
