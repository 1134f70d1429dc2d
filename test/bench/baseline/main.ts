/**
 * The baseline: a bare MapLibre map of the same six GeoJSON files the app draws, with the app's starting
 * camera, and no dashboard. Fills, lines and circles only (no glyphs), so it makes no request but its own
 * files. It keeps the app's map contract: `[data-testid=map]` reads `data-map-state="idle"` after the first
 * `idle` event, so the bench measures both pages with the same code.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { type LayerSpecification, Map as MapLibreMap, setWorkerUrl, type SourceSpecification } from 'maplibre-gl';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '../../../geo/region';

const LAYERS = ['countries', 'crimea', 'borders', 'cities', 'labels', 'zones'] as const;

const sources = Object.fromEntries(
  LAYERS.map((name) => [name, { type: 'geojson', data: `${location.origin}/data/${name}.geojson` } satisfies SourceSpecification]),
);

const layers: LayerSpecification[] = [
  { id: 'water', type: 'background', paint: { 'background-color': '#dce9f2' } },
  {
    id: 'countries-fill', type: 'fill', source: 'countries',
    paint: { 'fill-color': ['match', ['get', 'role'], 'ukraine', '#f3d36b', 'russia', '#e9a27e', 'belarus', '#c99ac0', '#e8e4da'] },
  },
  { id: 'crimea-fill', type: 'fill', source: 'crimea', paint: { 'fill-color': '#f3d36b' } },
  { id: 'countries-outline', type: 'line', source: 'countries', paint: { 'line-color': '#8a8579', 'line-width': 0.8 } },
  { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#b8401f', 'fill-opacity': 0.22 } },
  { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#3b3a36', 'line-width': 2 } },
  { id: 'cities', type: 'circle', source: 'cities', paint: { 'circle-radius': 3, 'circle-color': '#222222' } },
  { id: 'labels', type: 'circle', source: 'labels', paint: { 'circle-radius': 2, 'circle-color': '#5a6b78' } },
];

const container = document.getElementById('map')!;
setWorkerUrl(new URL('/maplibre-gl-worker.mjs', location.origin).href);
const map = new MapLibreMap({
  container,
  style: { version: 8, sources, layers },
  bounds: [[DEFAULT_BOUNDS[0], DEFAULT_BOUNDS[1]], [DEFAULT_BOUNDS[2], DEFAULT_BOUNDS[3]]],
  fitBoundsOptions: { padding: 16 },
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxBounds: [[REGION_BBOX[0], REGION_BBOX[1]], [REGION_BBOX[2], REGION_BBOX[3]]],
});
map.once('idle', () => container.setAttribute('data-map-state', 'idle'));
map.on('error', (event) => {
  if (!map.loaded()) container.setAttribute('data-map-state', 'error');
  console.error(event.error);
});

// The bench's "date step" for the baseline: one filter changed on one layer, the least a map does to show another
// date (test/bench/date-step.ts).
(window as unknown as { __benchStep: (i: number) => void }).__benchStep = (i) => {
  map.setFilter('cities', ['<=', ['get', 'rank'], 1 + (i % 2)]);
};
