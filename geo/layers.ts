/**
 * The one layer table. The MapLibre style (geo/map-style.ts), the SVG renderer (geo/render/map-geometry.ts and
 * map-labels.ts), the page legend and the image legend (geo/legend.ts) are all derived from it: a colour token,
 * an opacity, a width, a dash or a hatch is written here once. Layers are listed bottom to top.
 */
import type { ColourToken } from './style';
import type { LayerToggle } from './view-state';

export type GeoSource = 'countries' | 'crimea' | 'borders' | 'zones' | 'cities' | 'labels';
export type Source = GeoSource | 'figures';

export interface Hatch {
  colour: ColourToken;
  /** Drawn between the stripes; none leaves them transparent. */
  background?: ColourToken;
  /** CSS px between stripe starts, and the stripe's width. */
  spacing: number;
  width: number;
  /** Stripes rise to the right (45) or fall (-45). */
  angle: 45 | -45;
  opacity?: number;
}

export type Paint =
  | { type: 'background'; colour: ColourToken }
  /** `colour: 'role'` fills each country by its role (style.ts ROLE_COLOUR), flank countries in two shades. */
  | { type: 'fill'; colour: ColourToken | 'role'; opacity?: number }
  | { type: 'hatch'; hatch: Hatch }
  | { type: 'line'; colour: ColourToken; width: number; dash?: readonly number[]; opacity?: number }
  | { type: 'circle'; colour: ColourToken; radius: number; capitalRadius: number; halo: ColourToken; haloWidth: number }
  | { type: 'text'; colour: ColourToken; halo: ColourToken; size: number; capitalSize?: number };

/** Which features of the source a layer draws. */
export type Filter =
  | { border: 'russia-ukraine|belarus-ukraine' | 'crimea-mainland' }
  | { figureKind: 'reported' | 'estimate' | 'projection' }
  /** Shown only while the scene highlights this (countries: those of the highlighted role). */
  | { highlight: 'countries' | 'crimea' | 'border-zone' }
  /** Every feature but the countries the scene highlights (all of them in a scene that highlights none). */
  | { besidesHighlight: 'countries' }
  /** Cities of rank 1 always; rank 2 from zoom 5 (and in large exports). */
  | { cities: 'by-rank' };

export interface MapLayer {
  id: string;
  source: Source | null;
  paint: Paint;
  filter?: Filter;
  /** The dashboard's layer toggle that hides it. */
  toggle?: LayerToggle;
}

/** Seas' and countries' names: one paint for the two layers that draw them (the scene's subject apart, above the cities). */
const PLACE_NAMES = { type: 'text', colour: 'mutedText', halo: 'textHalo', size: 13 } as const satisfies Paint;

export const MAP_LAYERS = [
  { id: 'water', source: null, paint: { type: 'background', colour: 'water' } },
  { id: 'countries-fill', source: 'countries', paint: { type: 'fill', colour: 'role' } },
  { id: 'crimea-fill', source: 'crimea', paint: { type: 'fill', colour: 'crimea' } },
  { id: 'crimea-hatch', source: 'crimea', paint: { type: 'hatch', hatch: { colour: 'crimeaHatch', background: 'crimea', spacing: 6, width: 1.6, angle: 45 } } },
  { id: 'countries-outline', source: 'countries', paint: { type: 'line', colour: 'countryOutline', width: 0.6 } },
  { id: 'border-zone', source: 'zones', toggle: 'zone', paint: { type: 'fill', colour: 'zone', opacity: 0.25 } },
  // A scene's subject, outlined under the lines the key names, which it once covered (the Belarus–Ukraine border and
  // the Crimea–mainland line drawn in the outline's colour no longer matched the key).
  { id: 'highlight-countries', source: 'countries', filter: { highlight: 'countries' }, paint: { type: 'line', colour: 'highlight', width: 4 } },
  { id: 'highlight-crimea', source: 'crimea', filter: { highlight: 'crimea' }, paint: { type: 'line', colour: 'highlight', width: 4 } },
  { id: 'highlight-zone', source: 'zones', filter: { highlight: 'border-zone' }, paint: { type: 'line', colour: 'reported', width: 4 } },
  { id: 'borders', source: 'borders', filter: { border: 'russia-ukraine|belarus-ukraine' }, paint: { type: 'line', colour: 'border', width: 2.5 } },
  { id: 'crimea-line', source: 'borders', filter: { border: 'crimea-mainland' }, paint: { type: 'line', colour: 'crimeaLine', width: 1.5, dash: [3, 2] } },
  {
    id: 'figure-projection-hatch', source: 'figures', toggle: 'figures', filter: { figureKind: 'projection' },
    paint: { type: 'hatch', hatch: { colour: 'projected', spacing: 6, width: 1, angle: -45, opacity: 0.6 } },
  },
  { id: 'figure-projection-outline', source: 'figures', toggle: 'figures', filter: { figureKind: 'projection' }, paint: { type: 'line', colour: 'projected', width: 2, dash: [4, 3] } },
  { id: 'figure-estimate-outline', source: 'figures', toggle: 'figures', filter: { figureKind: 'estimate' }, paint: { type: 'line', colour: 'reported', width: 2 } },
  { id: 'figure-reported-fill', source: 'figures', toggle: 'figures', filter: { figureKind: 'reported' }, paint: { type: 'fill', colour: 'reported', opacity: 0.35 } },
  { id: 'figure-reported-outline', source: 'figures', toggle: 'figures', filter: { figureKind: 'reported' }, paint: { type: 'line', colour: 'reported', width: 2 } },
  // Seas and countries (geo/label-kinds.ts): under the cities, whose names MapLibre and the SVG renderer place first.
  { id: 'place-labels', source: 'labels', filter: { besidesHighlight: 'countries' }, paint: PLACE_NAMES },
  {
    id: 'city-dots', source: 'cities', toggle: 'cities', filter: { cities: 'by-rank' },
    paint: { type: 'circle', colour: 'cityDot', radius: 3, capitalRadius: 4, halo: 'textHalo', haloWidth: 1 },
  },
  { id: 'city-labels', source: 'cities', toggle: 'cities', filter: { cities: 'by-rank' }, paint: { type: 'text', colour: 'text', halo: 'textHalo', size: 12, capitalSize: 13 } },
  // The names of the countries a scene highlights, placed before the cities' (NATO's eastern flank named two of its
  // nine countries on a 1280 × 720 stage, the capitals' names taking the room).
  { id: 'subject-labels', source: 'labels', filter: { highlight: 'countries' }, paint: PLACE_NAMES },
  { id: 'crimea-label', source: 'crimea', paint: { type: 'text', colour: 'text', halo: 'textHalo', size: 13 } },
] as const satisfies readonly MapLayer[];

export type MapLayerId = (typeof MAP_LAYERS)[number]['id'];

/** The numbered callouts on the map (DOM buttons on the live map, circles in the SVG), by the claim's kind. */
export const CALLOUT = {
  /** Diameter in CSS px at type scale 1 (at least WCAG 2.2's 24 px target size on the live map). */
  size: 26,
  /**
   * Labels keep off a square around each callout, of this half-side as a share of its radius: about the circle's
   * area (its bounding box would keep names off corners the circle leaves empty). Both renderers claim it first.
   */
  clearance: 0.9,
  /** Two callouts shown together keep their centres this many diameters apart (geo/spread-callouts.ts). */
  spacing: 1.15,
  outlineWidth: 2,
  solid: { fill: 'text', text: 'textHalo', outline: 'textHalo', dash: null },
  /** A projection's callout is dashed, like its circle. */
  projection: { fill: 'panel', text: 'text', outline: 'text', dash: [3, 2] as readonly number[] },
} as const satisfies Record<string, unknown>;

export const calloutStyle = (kind: string) => (kind === 'projection' ? CALLOUT.projection : CALLOUT.solid);

export function layerById(id: MapLayerId, table: readonly MapLayer[] = MAP_LAYERS): MapLayer {
  const layer = table.find((l) => l.id === id);
  if (!layer) throw new Error(`no map layer "${id}"`);
  return layer;
}

/** The layers a set of hidden toggles hides. */
export const hiddenLayerIds = (hidden: readonly LayerToggle[], table: readonly MapLayer[] = MAP_LAYERS) =>
  table.filter((l) => l.toggle && hidden.includes(l.toggle)).map((l) => l.id);

/** Every source a geo layer is served from (/api/geo/{name}); the figures travel with the claims instead. */
export const GEO_LAYERS = ['countries', 'crimea', 'borders', 'cities', 'labels', 'zones'] as const satisfies readonly GeoSource[];
