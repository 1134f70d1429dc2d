/**
 * The live map's MapLibre style, derived from the layer table (geo/layers.ts) like the SVG renderer, so both draw
 * the same layers with the same colours, widths, dashes, hatches and opacities. Pure data (type imports only).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification, VariableAnchorOffsetCollectionSpecification } from 'maplibre-gl';
import { calloutPlacesAtZoom } from './callouts-at-zoom';
import { cityDotImage } from './city-dot-image';
import { circleFeatures, type FigureLayers } from './figure-layers';
import { LABEL_KINDS, type LabelKind, NAME_LINE_EM, NAME_SHIFTS } from './label-kinds';
import { cityLabelSides, type LabelAvoid } from './city-label-sides';
import { CALLOUT, type Filter, GEO_LAYERS, type Hatch, type MapLayer, MAP_LAYERS, type Paint } from './layers';
import { CRIMEA_NOTE_AT, CRIMEA_NOTE_GAP_EM, CRIMEA_NOTE_MAX_EM, crimeaNoteMaxEm } from './crimea-note';
import { crimeaNote } from './map-words';
import type { Highlight } from './schema';
import { FLANK_ALTERNATE_ISO, FONT_FAMILY, type Theme, type as typeSizes } from './style';
import type { LayerToggle } from './view-state';

export const FIGURE_SOURCE = 'figure-symbols';
/** The Crimea note's one point: a label of the outline itself lands at its centre, and per tile piece. */
const CRIMEA_NOTE_SOURCE = 'crimea-note';
/** The numbered callouts' places (their buttons are map markers, which MapLibre's label placement does not see). */
export const CALLOUT_SOURCE = 'callout-places';
/**
 * An invisible square at each callout of the timeline, placed before any label, so that city, sea and Crimea names
 * give way to the callouts as in the SVG renderer (geo/render/map-labels.ts). Callout 25 covered "Minsk".
 */
export const CALLOUT_CLEARANCE_LAYER = 'callout-clearance';
const CALLOUT_CLEARANCE_IMAGE = 'callout-clearance';

/** The map's edge as a fence for its names (geo/map-edge-fence.ts): given when the view is known, and on each move. */
export const EDGE_FENCE_SOURCE = 'map-edge';
export const EDGE_FENCE_LAYER = 'map-edge-fence';
/** The side of the clearance square at type scale 1, in CSS px (the edge fence's squares are sized against it). */
export const CLEARANCE_SQUARE_PX = Math.round(2 * CALLOUT.clearance * (CALLOUT.size / 2));

/**
 * Simplification of the layers' tiles, in screen pixels (MapLibre's default is 0.375): outlines move by under a
 * pixel, and the worker has fewer vertices to cut and triangulate before the first idle (35 ms less in an A/B of
 * 10 runs here). A smaller tile buffer gained more but drew the Crimea label once per tile piece.
 */
const TILE_TOLERANCE_PX = 0.6;

export interface StyleInput {
  theme: Theme;
  /** The origin the geo layers are fetched from (/api/geo/{name}). */
  origin: string;
  /** Map type is this much larger (the presenter's 1.6). */
  typeScale: number;
  figures: FigureLayers;
  /** The year Crimea's occupation began, from the claims (its label says so). */
  crimeaSince: number | null;
  hidden: readonly LayerToggle[];
  highlight: Highlight | null;
  /**
   * The zoom the map draws at, where known: the callouts' clearance then stands where the callouts stand, kept apart
   * at that zoom (geo/callouts-at-zoom.ts); absent, at their anchors until the map says its zoom.
   */
  calloutZoom?: number;
  /** The map's width in CSS px, where known: the Crimea note wraps in a map too narrow for its one line. */
  mapWidth?: number;
  table?: readonly MapLayer[];
}

/** Pattern images are named per theme, so switching themes draws the new colours instead of cached ones. */
export const hatchImageId = (layerId: string, theme: Theme) => `hatch-${layerId}-${theme.name}`;

/**
 * The city dots' layer is not drawn by a MapLibre layer of its own: its dots are the icons of the city names'
 * symbols, so that a name which fits at none of its four places (right, left, above, below the dot) takes its dot
 * with it, as in the SVG renderer. A circle layer cannot give way to labels: it left dots without names.
 */
const DOTS_AS_ICONS = 'city-dots';
const dotImageId = (capital: boolean, theme: Theme) => `city-dot-${capital ? 'capital' : 'town'}-${theme.name}`;
type DotPaint = Extract<Paint, { type: 'circle' }>;
const dotPaintOf = (table: readonly MapLayer[]) => {
  const paint = table.find((l) => l.id === DOTS_AS_ICONS)?.paint;
  return paint?.type === 'circle' ? paint : null;
};

/**
 * The figures travel inside the style, so the first frames already hold them (no second load after `load`): every
 * circle of the timeline, drawn from its centre and radius here; a step shows some of them (FIGURE_SHOWN_STATE).
 */
function sources({ origin, figures, typeScale, calloutZoom }: StyleInput): Record<string, SourceSpecification> {
  const geo = Object.fromEntries(GEO_LAYERS.map((name) => [name, { type: 'geojson', data: `${origin}/api/geo/${name}`, tolerance: TILE_TOLERANCE_PX } as const]));
  return {
    ...geo,
    [FIGURE_SOURCE]: { type: 'geojson', data: circleFeatures(figures.circles) as GeoJSON.FeatureCollection },
    [CRIMEA_NOTE_SOURCE]: { type: 'geojson', data: { type: 'Feature', geometry: { type: 'Point', coordinates: CRIMEA_NOTE_AT }, properties: {} } },
    [CALLOUT_SOURCE]: { type: 'geojson', data: calloutPlaces(figures, typeScale, calloutZoom) as GeoJSON.FeatureCollection },
    [EDGE_FENCE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
}

/** Where the callouts' clearance stands: their places at the map's zoom, or their anchors while it is not known. */
export const calloutPlaces = (figures: FigureLayers, typeScale: number, zoom?: number) =>
  zoom === undefined ? figures.callouts : calloutPlacesAtZoom(figures.callouts, zoom, typeScale);

/** A figure layer's filter: its kind. Which of them the date shows is each feature's state (figureShown). */
export function figureFilter(kind: string): FilterSpecification {
  return ['==', ['get', 'kind'], kind];
}

/**
 * The feature state that shows a figure at the chosen date (components/map/use-callouts.ts sets it). A new date
 * changes states, which MapLibre applies on the main thread in one frame; a filter would send the figures back to
 * its worker to be laid out again (three frames a step here).
 */
export const FIGURE_SHOWN_STATE = 'shown';

/**
 * A fill's or a line's opacity. A figure layer's is its own where the date shows the figure, 0 elsewhere. Every other
 * layer's is the same expression shown by default (no feature outside the figures is given a state), not a constant:
 * MapLibre compiles a GPU program for each layer type and set of data-driven properties, and a constant opacity beside
 * the figures' expression made a second program of each type: five more at start-up, 45–65 ms of main thread in
 * software WebGL, before the first idle.
 */
const opacityOf = (figure: boolean, opacity = 1): ExpressionSpecification => ['case', ['boolean', ['feature-state', FIGURE_SHOWN_STATE], !figure], opacity, 0];

function roleFill(theme: Theme): ExpressionSpecification {
  return [
    'match', ['get', 'role'],
    'ukraine', theme.ukraine,
    'russia', theme.russia,
    'belarus', theme.belarus,
    'eastern-flank', ['case', ['in', ['get', 'iso_a3'], ['literal', [...FLANK_ALTERNATE_ISO]]], theme.flankAlternate, theme.flank],
    theme.neighbour,
  ];
}

/**
 * The role of the countries a highlight outlines and names first ('' matches none). Here rather than beside the layer
 * table, which the page's first script carries: only the live map's code and the SVG renderer ask.
 */
export const highlightRole = (highlight: Highlight | null): '' | 'belarus' | 'eastern-flank' => (highlight === 'belarus' || highlight === 'eastern-flank' ? highlight : '');

function filterOf(filter: Filter | undefined, highlight: Highlight | null): FilterSpecification | undefined {
  if (!filter) return undefined;
  if ('border' in filter) return ['in', ['get', 'id'], ['literal', filter.border.split('|')]];
  if ('figureKind' in filter) return figureFilter(filter.figureKind);
  if ('cities' in filter) return ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 5]];
  // A sea has no role: null is unequal to every role, and to '' (no highlight), so it is always named.
  if ('besidesHighlight' in filter) return ['!=', ['get', 'role'], highlightRole(highlight)];
  if (filter.highlight === 'countries') return ['==', ['get', 'role'], highlightRole(highlight)];
  return undefined;
}

/** The filters that follow the scene's highlight, by layer id: set again when the scene changes (components/map/use-map-layers.ts). */
export function highlightFilters(highlight: Highlight | null, table: readonly MapLayer[] = MAP_LAYERS): [string, FilterSpecification][] {
  return table.flatMap((layer): [string, FilterSpecification][] => {
    const follows = layer.filter && ('highlight' in layer.filter || 'besidesHighlight' in layer.filter);
    const filter = follows ? filterOf(layer.filter, highlight) : undefined;
    return filter ? [[layer.id, filter]] : [];
  });
}

/**
 * Whether the layer shows, from the toggles and the scene's highlight. An outline of no country is hidden rather than
 * left to filter out every feature: MapLibre still draws an empty visible layer's tile masks on every frame.
 */
export function layerVisible(layer: MapLayer, hidden: readonly LayerToggle[], highlight: Highlight | null): boolean {
  if (layer.toggle && hidden.includes(layer.toggle)) return false;
  const filter = layer.filter;
  if (filter && 'highlight' in filter) return filter.highlight === 'countries' ? highlightRole(highlight) !== '' : highlight === filter.highlight;
  return true;
}

/** Each kind of place name's case and spacing (geo/label-kinds.ts), as the SVG renderer sets them. */
function placeLabelType() {
  const byKind = <T>(value: (kind: LabelKind) => T, fallback: T): ExpressionSpecification =>
    ['match', ['get', 'kind'], ...(Object.keys(LABEL_KINDS) as LabelKind[]).flatMap((kind) => [kind, value(kind)]), fallback] as unknown as ExpressionSpecification;
  return {
    'text-transform': byKind((kind) => (LABEL_KINDS[kind].caps ? 'uppercase' : 'none'), 'none'),
    'text-letter-spacing': byKind((kind) => LABEL_KINDS[kind].letterSpacingEm, 0),
  };
}

/** A name's places as MapLibre takes them, `[anchor, [x, y] in ems]` pairs tried in order: NAME_SHIFTS, then sideways. */
const namePlaces = (sideways: readonly number[]): VariableAnchorOffsetCollectionSpecification => [
  ...NAME_SHIFTS.flatMap((shift) => (shift === 0 ? ['center', [0, 0]]
    : shift > 0 ? ['top', [0, shift * NAME_LINE_EM - 0.6]] : ['bottom', [0, shift * NAME_LINE_EM + 0.6]])),
  ...sideways.flatMap((em) => ['center', [em, 0]]),
] as VariableAnchorOffsetCollectionSpecification;

/**
 * The story's three countries are wide enough for their names to move sideways too, by one or two ems, and stay on
 * their land: on a phone's live map callout 36 stood where UKRAINE goes, the cities Lviv, Kyiv and Chisinau above and
 * below it, and the map left the story's country unnamed where the server-drawn one under it names it.
 */
const SIDEWAYS_ROLES = ['ukraine', 'russia', 'belarus'];
const SIDEWAYS_EMS = [-1, 1, -2, 2];

/**
 * A place's name may move down or up by whole lines where its anchor collides, in the SVG renderer's order (NAME_SHIFTS:
 * as it is, a line down, a line up, two lines down): a callout stood on Poland's on a 1280 × 720 stage, and on a
 * phone's live map callout 36 stood on UKRAINE and the circles on RUSSIA, which went unnamed where the server-drawn
 * map under it had named them. Hanging from its top (or from its foot, moved up), a line's centre is half a line
 * (0.6 em) from the anchor; MapLibre tries an anchor given twice with each of its offsets. No padding around them
 * (MapLibre's default is 2 px; the SVG renderer pads a name by half its halo): with it, Czechia's name missed the room
 * between Poland's and Slovakia's by a pixel or two on that stage.
 */
const NAME_PLACES = {
  'text-variable-anchor-offset': ['match', ['get', 'role'], SIDEWAYS_ROLES, ['literal', namePlaces(SIDEWAYS_EMS)], ['literal', namePlaces([])]] as unknown as VariableAnchorOffsetCollectionSpecification,
  'text-padding': 0,
};

/** The anchor of a name standing on each side of its dot (a name right of its dot is anchored at its left). */
const SIDE_ANCHORS = { right: 'left', left: 'right', above: 'bottom', below: 'top' } as const;
/**
 * Half an em from the dot on each side, as `text-radial-offset: 0.5` placed them: MapLibre takes each offset's x for a
 * left or right anchor and its y for a top or bottom one.
 */
const SIDE_OFFSET_EM = 0.5;
const sidePlaces = (avoid: LabelAvoid | null) => cityLabelSides(avoid).flatMap((side) => [SIDE_ANCHORS[side], [SIDE_OFFSET_EM, SIDE_OFFSET_EM]]);

/** Each city's name in the SVG renderer's order for that city (geo/city-label-sides.ts). */
const cityNamePlaces = () => ['match', ['get', 'labelAvoid'],
  'east', ['literal', sidePlaces('east')],
  'west', ['literal', sidePlaces('west')],
  ['literal', sidePlaces(null)]] as unknown as VariableAnchorOffsetCollectionSpecification;

const textField = (layer: MapLayer, crimeaSince: number | null): ExpressionSpecification | string =>
  layer.id === 'crimea-label' ? crimeaNote(crimeaSince) : ['get', 'name'];

function specOf(layer: MapLayer, paint: Paint, input: StyleInput): LayerSpecification {
  const { theme, typeScale, hidden, highlight, crimeaSince } = input;
  const source = layer.id === 'crimea-label' ? CRIMEA_NOTE_SOURCE : layer.source === 'figures' ? FIGURE_SOURCE : layer.source;
  const base = { id: layer.id, ...(source ? { source } : {}) };
  const filter = filterOf(layer.filter, highlight);
  const figure = Boolean(layer.filter && 'figureKind' in layer.filter);
  const withFilter = filter ? { filter } : {};
  const layout = layerVisible(layer, hidden, highlight) ? {} : { visibility: 'none' as const };
  switch (paint.type) {
    case 'background':
      return { id: layer.id, type: 'background', layout, paint: { 'background-color': theme[paint.colour] } };
    case 'fill':
      return {
        ...base, ...withFilter, type: 'fill', layout,
        paint: {
          'fill-color': paint.colour === 'role' ? roleFill(theme) : theme[paint.colour],
          'fill-opacity': opacityOf(figure, paint.opacity),
          // The countries' edges are drawn by countries-outline: one GPU program fewer to compile.
          ...(paint.colour === 'role' ? { 'fill-antialias': false } : {}),
        },
      } as LayerSpecification;
    case 'hatch':
      // No antialiased edge of its own: the fill or outline under it draws it (each is one more GPU program).
      return {
        ...base, ...withFilter, type: 'fill', layout,
        paint: {
          'fill-pattern': hatchImageId(layer.id, theme), 'fill-antialias': false,
          'fill-opacity': opacityOf(figure, paint.hatch.opacity),
        },
      } as LayerSpecification;
    case 'line':
      return {
        ...base, ...withFilter, type: 'line',
        layout: { ...layout, ...(layer.source === 'borders' && !paint.dash ? { 'line-join': 'round', 'line-cap': 'round' } : {}) },
        paint: {
          'line-color': theme[paint.colour], 'line-width': paint.width,
          ...(paint.dash ? { 'line-dasharray': [...paint.dash] } : {}),
          'line-opacity': opacityOf(figure, paint.opacity),
        },
      } as LayerSpecification;
    case 'circle':
      return {
        ...base, ...withFilter, type: 'circle', layout,
        paint: {
          'circle-radius': ['case', ['get', 'capital'], paint.capitalRadius, paint.radius],
          'circle-color': theme[paint.colour], 'circle-stroke-color': theme[paint.halo], 'circle-stroke-width': paint.haloWidth,
        },
      } as LayerSpecification;
    case 'text': {
      const size = paint.capitalSize ? ['case', ['get', 'capital'], paint.capitalSize * typeScale, paint.size * typeScale] : paint.size * typeScale;
      const dots = layer.source === 'cities' ? dotPaintOf(input.table ?? MAP_LAYERS) : null;
      const placement = layer.source === 'cities'
        ? {
          // The SVG renderer's four places, in its order for each city (geo/city-label-sides.ts); capitals first, then the
          // larger cities.
          'text-variable-anchor-offset': cityNamePlaces(), 'text-justify': 'auto',
          'symbol-sort-key': ['+', ['case', ['get', 'capital'], 0, 10], ['get', 'rank']],
          // The dot's own box, no margin, as the SVG renderer keeps it (a 2 px margin hid Simferopol beside callout 14).
          ...(dots ? { 'icon-image': ['case', ['get', 'capital'], dotImageId(true, theme), dotImageId(false, theme)], 'icon-padding': 0 } : {}),
        }
        // One line hanging under the peninsula, as the SVG renderer draws it (wrapped in a map too narrow for it).
        : layer.id === 'crimea-label' ? {
          'text-anchor': 'top', 'text-offset': [0, CRIMEA_NOTE_GAP_EM],
          'text-max-width': input.mapWidth === undefined ? CRIMEA_NOTE_MAX_EM : crimeaNoteMaxEm(input.mapWidth, paint.size * typeScale),
        } : layer.source === 'labels' ? { ...placeLabelType(), ...NAME_PLACES } : {};
      return {
        ...base, ...withFilter, type: 'symbol',
        layout: { ...layout, 'text-field': textField(layer, crimeaSince), 'text-font': [FONT_FAMILY], 'text-size': size, ...placement },
        paint: { 'text-color': theme[paint.colour], 'text-halo-color': theme[paint.halo], 'text-halo-width': typeSizes.halo },
      } as LayerSpecification;
    }
  }
}

/**
 * The callouts' clearance, the top layer (MapLibre places the symbols of higher layers first), shown with the
 * figures: every callout of the timeline keeps its square, whatever the date, as in the server-drawn first paint.
 */
function calloutClearance({ typeScale, hidden }: StyleInput): LayerSpecification {
  return {
    id: CALLOUT_CLEARANCE_LAYER, type: 'symbol', source: CALLOUT_SOURCE,
    layout: {
      'icon-image': CALLOUT_CLEARANCE_IMAGE, 'icon-size': typeScale, 'icon-padding': 0, 'icon-allow-overlap': true, 'icon-ignore-placement': false,
      ...(hidden.includes('figures') ? { visibility: 'none' } : {}),
    },
    paint: { 'icon-opacity': 0 },
  };
}

/**
 * The edge fence: invisible squares along the map's edges, placed first of all (the top layer), so that a name that
 * would cross an edge is left out rather than cut. A square every 0.9 of its side, so that no name slips between two.
 */
const edgeFence: LayerSpecification = {
  id: EDGE_FENCE_LAYER, type: 'symbol', source: EDGE_FENCE_SOURCE,
  layout: {
    'symbol-placement': 'line', 'symbol-spacing': Math.floor(0.9 * CLEARANCE_SQUARE_PX), 'icon-image': CALLOUT_CLEARANCE_IMAGE,
    'icon-size': ['get', 'size'], 'icon-padding': 0, 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-rotation-alignment': 'map',
  },
  paint: { 'icon-opacity': 0 },
};

export function mapStyle(input: StyleInput): StyleSpecification {
  const table = input.table ?? MAP_LAYERS;
  const drawn = table.filter((layer) => layer.id !== DOTS_AS_ICONS);
  return {
    // No paint transitions. MapLibre eases paint properties over 300 ms by default and draws every frame of an ease:
    // at start-up that ran the map through about 25 back-to-back frames (370 ms) before its first idle, on the
    // main thread the page shares. A change of the style shows at once, as on the server-drawn map.
    version: 8, transition: { duration: 0, delay: 0 }, sources: sources(input),
    layers: [...drawn.map((layer) => specOf(layer, layer.paint, input)), calloutClearance(input), edgeFence],
  };
}

/** A transparent square, the side of a callout's clearance at type scale 1. */
function clearanceImage() {
  const px = CLEARANCE_SQUARE_PX;
  return { width: px, height: px, data: new Uint8Array(px * px * 4), pixelRatio: 1 };
}

/**
 * A hatch tile drawn in code, so no image is fetched. The table's spacing and width are measured across the
 * stripes (as the SVG pattern draws them); along a row of a 45° tile both are √2 longer.
 */
export function hatchImage(hatch: Hatch, theme: Theme, ratio = 2) {
  const px = Math.round(hatch.spacing * Math.SQRT2 * ratio);
  const data = new Uint8Array(px * px * 4);
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [r, g, b] = parse(theme[hatch.colour]);
  const back = hatch.background ? parse(theme[hatch.background]) : null;
  const stripe = hatch.width * Math.SQRT2 * ratio;
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      // 45°: stripes rise to the right (x + y constant); -45°: they fall (x − y constant).
      const d = (hatch.angle === 45 ? x + y : x - y + px) % px;
      const o = (y * px + x) * 4;
      if (d < stripe) data.set([r, g, b, 255], o);
      else if (back) data.set([...back, 255], o);
    }
  }
  return { width: px, height: px, data, pixelRatio: ratio };
}

/** The image an id of the style stands for, a pattern tile or a city dot (added on demand, from `styleimagemissing`). */
export function styleImageFor(id: string, theme: Theme, table: readonly MapLayer[] = MAP_LAYERS) {
  if (id === CALLOUT_CLEARANCE_IMAGE) return clearanceImage();
  const dots: DotPaint | null = dotPaintOf(table);
  for (const capital of [true, false]) {
    if (dots && id === dotImageId(capital, theme)) {
      return cityDotImage(capital ? dots.capitalRadius : dots.radius, dots.haloWidth, theme[dots.colour], theme[dots.halo]);
    }
  }
  const layer = table.find((l) => l.paint.type === 'hatch' && hatchImageId(l.id, theme) === id);
  return layer && layer.paint.type === 'hatch' ? hatchImage(layer.paint.hatch, theme) : null;
}
