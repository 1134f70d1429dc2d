/**
 * Everything about a render that does not depend on the view, computed once per claims version and geo
 * object: d3-ready geometry and the figure layers (turf work that takes a few hundred ms).
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { type Buildup, occupationYear } from '../buildup';
import { circleFeatures, figureLayers, type FigureLayers, figuresAtStep, selectFigures } from '../figure-symbols';
import { crimeaNote } from '../map-words';
import type { GeoData } from '../load-geo';
import type { Role } from '../region';

export interface Prepared {
  countries: { iso: string; role: Role; geometry: Geometry }[];
  crimea: Geometry;
  zone: Geometry | null;
  borders: Map<string, Geometry>;
  figures: FigureLayers;
  /** Every circle of the figures (a range has two), rewound for d3, with the steps it is shown at. */
  symbols: { id: string; kind: string; footnote: number; from: number; to: number; geometry: Geometry }[];
  /** "Crimea: occupied by Russia since 2014", its year from the claims. */
  crimeaNote: string;
}

/** Signed area in lon/lat: positive is counter-clockwise (RFC 7946's exterior). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

/** d3-geo fills the spherical inside of a ring, which is the clockwise side: exteriors clockwise, holes not. */
function forD3(geometry: Polygon | MultiPolygon): Geometry {
  const fix = (rings: Position[][]) => rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

const ROLE_ORDER: Role[] = ['neighbour', 'eastern-flank', 'belarus', 'russia', 'ukraine'];

function prepare(buildup: Buildup, geo: GeoData): Prepared {
  const countries = geo.countries.features
    .map((f: Feature<MultiPolygon>) => ({ iso: String(f.properties?.iso_a3), role: f.properties?.role as Role, geometry: forD3(f.geometry) }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.iso.localeCompare(b.iso));
  const figures = figureLayers(buildup, geo);
  const zoneFeature = (geo.zones as FeatureCollection<MultiPolygon>).features.find((f) => f.properties?.id === 'border-zone') ?? geo.zones.features[0];
  return {
    countries,
    crimea: forD3(geo.crimea.features[0].geometry),
    zone: zoneFeature ? forD3(zoneFeature.geometry) : null,
    borders: new Map(geo.borders.features.map((f) => [String(f.properties?.id), f.geometry])),
    figures,
    symbols: circleFeatures(figures.circles).features.map((f) => ({
      id: f.properties.id, kind: f.properties.kind, footnote: f.properties.footnote, from: f.properties.from, to: f.properties.to, geometry: forD3(f.geometry),
    })),
    crimeaNote: crimeaNote(occupationYear(buildup)),
  };
}

const cache = new WeakMap<GeoData, Map<string, Prepared>>();

export function prepared(buildup: Buildup, geo: GeoData): Prepared {
  let byVersion = cache.get(geo);
  if (!byVersion) cache.set(geo, (byVersion = new Map()));
  let entry = byVersion.get(buildup.version);
  if (!entry) {
    byVersion.clear();
    entry = prepare(buildup, geo);
    byVersion.set(buildup.version, entry);
  }
  return entry;
}

/** The prepared data with only these claims' figures and callouts (null: all of them). */
export function withClaims(data: Prepared, claims: readonly string[] | null): Prepared {
  if (claims === null) return data;
  const keep = new Set(claims);
  return { ...data, figures: selectFigures(data.figures, claims), symbols: data.symbols.filter((s) => keep.has(s.id)) };
}

/** The prepared data with only what is shown at this step of the timeline. */
export function atStep(data: Prepared, step: number): Prepared {
  return { ...data, figures: figuresAtStep(data.figures, step), symbols: data.symbols.filter((s) => s.from <= step && step <= s.to) };
}
