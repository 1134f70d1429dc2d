/**
 * MapLibre style as typed data, built from the shared tokens in geo/style.ts (the SVG renderer draws from
 * the same tokens, so the live map and exports agree).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { FLANK_ALTERNATE_ISO, FONT_FAMILY, sizes, type Theme } from '@/geo/style';
import type { FigureLayers } from '@/geo/figure-symbols';
import type { LayerToggle } from '@/geo/url-state';

/** Pattern images are named per theme, so switching themes draws the new colours instead of cached ones. */
export const hatchImageId = (kind: 'crimea' | 'projection', theme: Theme) => `hatch-${kind}-${theme.name}`;

/** The pattern tile each image id stands for (added on demand, from `styleimagemissing`). */
export function hatchImageFor(id: string, theme: Theme) {
  if (id === hatchImageId('crimea', theme)) return hatchImage(theme.crimeaHatch, theme.fill.crimea);
  if (id === hatchImageId('projection', theme)) return hatchImage(theme.projected, null);
  return null;
}

/** The MapLibre layers behind each layer toggle of the dashboard (geo/url-state.ts). */
export const TOGGLE_LAYERS: Record<LayerToggle, string[]> = {
  figures: ['figure-projection-hatch', 'figure-projection-outline', 'figure-reported', 'figure-reported-outline'],
  zone: ['border-zone'],
  cities: ['city-dots', 'city-labels'],
};

export const GEO_SOURCES = ['countries', 'crimea', 'borders', 'cities', 'labels', 'zones'] as const;
export const FIGURE_SOURCE = 'figure-symbols';

/**
 * Simplification of the layers' tiles, in screen pixels (MapLibre's default is 0.375): outlines move by under a
 * pixel, and the worker has fewer vertices to cut and triangulate before the first idle (35 ms less in an A/B of
 * 10 runs here). A smaller tile buffer gained more but drew the Crimea label once per tile piece.
 */
const TILE_TOLERANCE_PX = 0.6;

/** The figures travel inside the style, so the first frames already hold them (no second load after `load`). */
export function sources(origin: string, figures: FigureLayers): Record<string, SourceSpecification> {
  const geo = Object.fromEntries(GEO_SOURCES.map((name) => [name, { type: 'geojson', data: `${origin}/api/geo/${name}`, tolerance: TILE_TOLERANCE_PX } as const]));
  return { ...geo, [FIGURE_SOURCE]: { type: 'geojson', data: figures.symbols as GeoJSON.FeatureCollection } };
}

export function countryFill(theme: Theme): unknown {
  return [
    'match', ['get', 'role'],
    'ukraine', theme.fill.ukraine,
    'russia', theme.fill.russia,
    'belarus', theme.fill.belarus,
    'eastern-flank', ['case', ['in', ['get', 'iso_a3'], ['literal', [...FLANK_ALTERNATE_ISO]]], theme.flankAlternate, theme.fill['eastern-flank']],
    theme.fill.neighbour,
  ];
}

const text = (theme: Theme, size: number, extra: Record<string, unknown> = {}) => ({
  layout: { 'text-font': [FONT_FAMILY], 'text-size': size, ...extra },
  paint: { 'text-color': theme.text, 'text-halo-color': theme.textHalo, 'text-halo-width': 1.5 },
});

export const HIGHLIGHT_LAYERS = { countries: 'highlight-countries', crimea: 'highlight-crimea', zone: 'highlight-zone' } as const;

function highlightLayers(theme: Theme): LayerSpecification[] {
  const line = { 'line-color': theme.accent, 'line-width': 4 };
  return [
    { id: HIGHLIGHT_LAYERS.countries, type: 'line', source: 'countries', filter: ['==', ['get', 'role'], ''], paint: line },
    { id: HIGHLIGHT_LAYERS.crimea, type: 'line', source: 'crimea', layout: { visibility: 'none' }, paint: line },
    { id: HIGHLIGHT_LAYERS.zone, type: 'line', source: 'zones', layout: { visibility: 'none' }, paint: { ...line, 'line-color': theme.reported } },
  ];
}

/** `typeScale` enlarges every label (the presenter view draws them for a shared screen). */
export function layers(theme: Theme, typeScale = 1): LayerSpecification[] {
  const cityText = text(theme, sizes.cityLabel * typeScale, {
    'text-field': ['get', 'name'], 'text-anchor': 'left', 'text-offset': [0.5, 0], 'text-optional': true,
  });
  const seaText = text(theme, sizes.seaLabel * typeScale, { 'text-field': ['get', 'name'], 'text-letter-spacing': 0.1 });
  return [
    { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
    // No antialiased edge of its own: countries-outline draws every edge (one GPU program fewer to compile).
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': countryFill(theme) as never, 'fill-antialias': false } },
    { id: 'crimea-fill', type: 'fill', source: 'crimea', paint: { 'fill-color': theme.fill.crimea } },
    // Hatches without their own antialiased edge: the fill or outline under them draws it, and each outline
    // pattern is one more GPU program to compile before the first idle (about 10 ms here, twice).
    { id: 'crimea-hatch', type: 'fill', source: 'crimea', paint: { 'fill-pattern': hatchImageId('crimea', theme), 'fill-antialias': false } },
    { id: 'countries-outline', type: 'line', source: 'countries', paint: { 'line-color': theme.countryOutline, 'line-width': sizes.countryOutline } },
    { id: 'border-zone', type: 'fill', source: 'zones', paint: { 'fill-color': theme.reported, 'fill-opacity': 0.22 } },
    {
      id: 'borders-emphasis', type: 'line', source: 'borders', filter: ['!=', ['get', 'id'], 'crimea-mainland'],
      layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': theme.border, 'line-width': sizes.border },
    },
    {
      id: 'crimea-line', type: 'line', source: 'borders', filter: ['==', ['get', 'id'], 'crimea-mainland'],
      paint: { 'line-color': theme.crimeaLine, 'line-width': sizes.crimeaLine, 'line-dasharray': [...sizes.crimeaLineDash] },
    },
    {
      id: 'figure-projection-hatch', type: 'fill', source: FIGURE_SOURCE, filter: ['==', ['get', 'kind'], 'projection'],
      paint: { 'fill-pattern': hatchImageId('projection', theme), 'fill-opacity': 0.6, 'fill-antialias': false },
    },
    {
      id: 'figure-projection-outline', type: 'line', source: FIGURE_SOURCE, filter: ['==', ['get', 'kind'], 'projection'],
      paint: { 'line-color': theme.projected, 'line-width': sizes.figureStroke, 'line-dasharray': [...sizes.projectionDash] },
    },
    {
      id: 'figure-reported', type: 'fill', source: FIGURE_SOURCE, filter: ['!=', ['get', 'kind'], 'projection'],
      paint: { 'fill-color': theme.reported, 'fill-opacity': 0.35 },
    },
    {
      id: 'figure-reported-outline', type: 'line', source: FIGURE_SOURCE, filter: ['!=', ['get', 'kind'], 'projection'],
      paint: { 'line-color': theme.reported, 'line-width': sizes.figureStroke },
    },
    ...highlightLayers(theme),
    {
      id: 'city-dots', type: 'circle', source: 'cities',
      filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 5]],
      paint: { 'circle-radius': ['case', ['get', 'capital'], sizes.cityDot + 1, sizes.cityDot], 'circle-color': theme.cityDot, 'circle-stroke-color': theme.textHalo, 'circle-stroke-width': 1 },
    },
    { id: 'city-labels', type: 'symbol', source: 'cities', filter: ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 5]], ...cityText } as LayerSpecification,
    { id: 'sea-labels', type: 'symbol', source: 'labels', ...seaText, paint: { ...seaText.paint, 'text-color': theme.mutedText } } as LayerSpecification,
    {
      id: 'crimea-label', type: 'symbol', source: 'crimea',
      ...text(theme, sizes.countryLabel * typeScale, { 'text-field': 'Crimea: occupied by\nRussia since 2014', 'text-max-width': 12, 'text-offset': [0, 3.6] }),
    } as LayerSpecification,
  ];
}

export function mapStyle(theme: Theme, origin: string, typeScale: number, figures: FigureLayers): StyleSpecification {
  return { version: 8, sources: sources(origin, figures), layers: layers(theme, typeScale) };
}

/** A diagonal hatch tile drawn in code, so no image is fetched. */
export function hatchImage(color: string, background: string | null, size = 8, ratio = 2) {
  const px = size * ratio;
  const data = new Uint8Array(px * px * 4);
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [r, g, b] = parse(color);
  const bg = background ? parse(background) : null;
  const width = sizes.hatchWidth * ratio;
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const d = (x + y) % px;
      const on = d < width || px - d < width;
      const o = (y * px + x) * 4;
      if (on) data.set([r, g, b, 255], o);
      else if (bg) data.set([...bg, 255], o);
    }
  }
  return { width: px, height: px, data, pixelRatio: ratio };
}
