import 'server-only';
/** The built geo layers, read once per process (they change only with a new build). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';

import { GEO_LAYERS } from './layers';

export { GEO_LAYERS };
export type GeoLayer = (typeof GEO_LAYERS)[number];

export interface GeoData {
  countries: FeatureCollection<MultiPolygon>;
  crimea: FeatureCollection<MultiPolygon>;
  borders: FeatureCollection<MultiLineString>;
  cities: FeatureCollection<Point>;
  labels: FeatureCollection<Point>;
  zones: FeatureCollection<MultiPolygon>;
}

export interface Metrics {
  crimeaAreaKm2: number;
  ukraineMainlandAreaKm2: number;
  ukraineRecognisedAreaKm2: number;
  russiaUkraineBorderKm: number;
  belarusUkraineBorderKm: number;
  crimeaMainlandLineKm: number;
}

const dataDir = () => path.join(process.cwd(), 'geo', 'data');
const rawText = new Map<string, string>();

/** The layer's file exactly as built, for serving byte-for-byte. */
export function geoLayerText(layer: GeoLayer): string {
  const name = `${layer}.geojson`;
  if (!rawText.has(name)) rawText.set(name, readFileSync(path.join(dataDir(), name), 'utf8'));
  return rawText.get(name)!;
}

let parsed: GeoData | null = null;
export function loadGeo(): GeoData {
  parsed ??= Object.fromEntries(GEO_LAYERS.map((layer) => [layer, JSON.parse(geoLayerText(layer))])) as unknown as GeoData;
  return parsed;
}

let metrics: Metrics | null = null;
export function loadMetrics(): Metrics {
  metrics ??= JSON.parse(readFileSync(path.join(dataDir(), 'metrics.json'), 'utf8')) as Metrics;
  return metrics;
}

export const isGeoLayer = (value: string): value is GeoLayer => (GEO_LAYERS as readonly string[]).includes(value);
