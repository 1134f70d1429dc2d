import { bbox, featureCollection } from '@turf/turf';
import type { Feature } from 'geojson';
import { circlePolygon } from './circle-polygon';
import { CRIMEA_NOTE_GAP_EM, crimeaNoteLines } from './crimea-note';
import { selectFigures, type FigureLayers } from './figure-layers';
import { keepInView } from './keep-in-view';
import { layerById } from './layers';
import type { GeoData } from './load-geo';
import { constrainView, fitBounds, type Padding } from './mercator';
import type { BBox } from './region';
import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from './region';
import type { Scene } from './schema';
import { PRESENTER_TYPE_SCALE } from './style';
import type { View } from './view';

/**
 * Where the stage shows a scene's caption: in a band of its own under a shorter map ('below'), or in a column of its
 * own beside a narrower map ('beside', on wide stages): stageLayout. Either way the caption covers no part of the map.
 * A picture for no stage (null: an export with its caption in its header, or none) is framed with a margin all round.
 */
export const CAPTION_PLACES = ['below', 'beside'] as const;
export type CaptionPlace = (typeof CAPTION_PLACES)[number];

export type SceneCamera =
  /**
   * `noteBelow`: the scene is framed on Crimea, whose note hangs below the bounds (room is kept for it). `focus`: the
   * bounds of the first thing the scene fits, which a map too wide to show the whole scene centres on.
   */
  | { kind: 'bounds'; bounds: BBox; focus?: BBox; maxZoom: number; bearing: number; noteBelow?: boolean; caption?: CaptionPlace | null }
  | { kind: 'view'; view: View; bearing: number };

/**
 * The features a scene's `fit` names. The border zone is framed by the border it runs along: the band reaches 200 km
 * into Russia, past Bryansk to 54° N, and framed whole it made every scene about the border smaller (on a 4:3 stage
 * Crimea's note no longer fitted under the peninsula). The figures the scene draws there are framed with it.
 */
function targetFeatures(geo: GeoData, target: string): Feature[] {
  if (target === 'crimea') return geo.crimea.features;
  if (target === 'border-zone') return geo.borders.features.filter((f) => f.properties?.id === 'russia-ukraine');
  return geo.countries.features.filter((f) => f.properties?.role === target);
}

/** A scene's own figures as the map draws them: its claims' circles and their numbered callouts. */
function sceneFigureFeatures(figures: FigureLayers, claims: readonly string[]): Feature[] {
  const own = selectFigures(figures, claims);
  const circles = own.circles.map((c): Feature => ({ type: 'Feature', properties: {}, geometry: circlePolygon(c.centre, c.radiusKm) }));
  return [...circles, ...own.callouts.features];
}

/**
 * The camera a scene asks for: a bounding box computed with turf from the features it is about and from its own
 * figures (a fit to the border zone alone cut off the 175,000 projection's circle, which that scene is about), or a
 * fixed view, which is shown as written.
 */
export function sceneCamera(scene: Scene, geo: GeoData, figures: FigureLayers): SceneCamera {
  const { camera } = scene;
  if ('center' in camera) {
    return { kind: 'view', view: { lng: camera.center[0], lat: camera.center[1], zoom: camera.zoom }, bearing: camera.bearing ?? 0 };
  }
  const features = [...camera.fit.flatMap((target) => targetFeatures(geo, target)), ...sceneFigureFeatures(figures, scene.claims)];
  return {
    kind: 'bounds', bounds: bbox(featureCollection(features)) as BBox, focus: bbox(featureCollection(targetFeatures(geo, camera.fit[0]))) as BBox,
    maxZoom: camera.maxZoom ?? MAX_ZOOM, bearing: camera.bearing ?? 0, noteBelow: camera.fit.includes('crimea'),
  };
}

/** The Crimea note's type size at scale 1 (the layer table's). */
const NOTE_SIZE = (() => {
  const paint = layerById('crimea-label').paint;
  if (paint.type !== 'text') throw new Error('crimea-label is not a text layer');
  return paint.size;
})();

/**
 * Room under a scene framed on Crimea for the note that hangs below the peninsula's southern tip, the bounds' south
 * edge (geo/crimea-note.ts): its gap and a line of its type, at `labelScale` times the type's size. Without it the
 * stage cut the note in half at the map's foot, and the scene's exports, which draw no name that does not fit, left
 * out "Crimea: occupied by Russia since 2014" from the scenes about Crimea.
 */
export const noteRoom = (labelScale: number, mapWidth: number) => {
  // A map too narrow for the note's one line wraps it (geo/crimea-note.ts): each further line, MapLibre's 1.2 ems.
  const lines = crimeaNoteLines(mapWidth, NOTE_SIZE * labelScale);
  return Math.ceil(NOTE_SIZE * labelScale * (CRIMEA_NOTE_GAP_EM + 1.3 + 1.2 * (lines - 1)));
};

/** A scene's camera framed for a stage whose caption stands at `caption` (null: for no stage). */
export const withCaption = (camera: SceneCamera, caption: CaptionPlace | null): SceneCamera => (camera.kind === 'bounds' ? { ...camera, caption } : camera);

/** A stage at least this much wider than tall shows the caption beside the map (app/globals.css repeats it). */
export const BESIDE_MIN_ASPECT = 8 / 5;
/**
 * Beside the caption, the map is this much wider than tall. Scene 1 spans Bulgaria (41° N) to Estonia (60° N); a map
 * as wide as a 16:9 stage would need about 53° of longitude to show that, and the region (which the live map may
 * not pan past) is 39° wide, so Estonia and Latvia fell off the top. At 1.2 the whole scene fits.
 */
export const BESIDE_MAP_ASPECT = 1.2;

/**
 * Under a narrower stage's map, the caption's band is this share of the stage's height, at most `maxPx` tall
 * (app/globals.css repeats it as --stage-band). The caption used to stand over the map's foot, and the framing kept
 * the lowest 38% of the map clear for it; but the live map may not pan past the region, whose south edge is 40° N,
 * so a scene framed on Crimea (44.4° N) could not be lifted above that band: on a 1024×768 stage Crimea lay under
 * the caption in scenes 2 and 3, whose caption says "…including in Crimea". A map that ends where the band begins
 * has no part under the caption to keep clear.
 */
export const CAPTION_BAND = { share: 0.34, maxPx: 300 } as const;
export const captionBand = (stageHeight: number) => Math.round(Math.min(CAPTION_BAND.maxPx, stageHeight * CAPTION_BAND.share));

/** How a `width`×`height` stage is laid out: where the caption stands, and the size of the map. */
export function stageLayout(width: number, height: number): { caption: CaptionPlace; map: { width: number; height: number } } {
  if (width < height * BESIDE_MIN_ASPECT) return { caption: 'below', map: { width, height: height - captionBand(height) } };
  return { caption: 'beside', map: { width: Math.round(height * BESIDE_MAP_ASPECT), height } };
}

/** The height of the stage map's foot that its scale bar and credit take (app/globals.css: 14 px type). */
const STAGE_CONTROLS_PX = 32;
/**
 * On a stage at most this wide the credit spans the map and the scale bar stands above it (app/globals.css repeats
 * both: `max-width: 600px`, `bottom: 1.5rem`), so the foot they take is taller: the second line of a wrapped Crimea
 * note ran into the scale bar on a 390 px stage. Its scene counter (smaller type there, app/globals.css) wraps to two
 * or three lines, which the top keeps room for (`counterPx`): at 80 px it covered scene 5's 175,000 circle and its number.
 */
export const NARROW_STAGE = { maxWidth: 600, controlsPx: 60, counterPx: 96 } as const;

/**
 * The padding a `width`×`height` map frames a scene in: a margin all round, room at the foot for the map's scale bar
 * and credit on a stage, and over a map with the caption below it, room at the top for the scene counter that stands over the map, and at the foot for the map's scale bar and
 * credit (the stage's 14 px type; on a phone the credit spans the map, and it covered the Crimea note). The
 * presenter's picture under its stage is framed by the same rule, so it matches the live map.
 */
export function scenePadding(width: number, height: number, caption: CaptionPlace | null = null): Padding {
  const margin = Math.round(Math.min(32, height * 0.025));
  // Beside its caption the map's foot still holds the scale bar and the credit: "Sea of Azov" and "Simferopol" stood
  // under the credit in the scenes framed on the south.
  if (caption === 'beside') return { top: margin, bottom: Math.max(margin, STAGE_CONTROLS_PX), left: margin, right: margin };
  if (caption !== 'below') return { top: margin, bottom: margin, left: margin, right: margin };
  const side = Math.round(Math.min(32, width * 0.025));
  const bottom = width <= NARROW_STAGE.maxWidth ? NARROW_STAGE.controlsPx : STAGE_CONTROLS_PX;
  const top = width <= NARROW_STAGE.maxWidth ? NARROW_STAGE.counterPx : Math.round(Math.min(80, height * 0.17));
  return { top, bottom, left: side, right: side };
}

/**
 * Where a scene's camera puts the map in a `width`×`height` frame: the live stage and the export both use this.
 * `labelScale`: map type this much larger than the layer table's (the stage's PRESENTER_TYPE_SCALE; an export's
 * times its own symbol scale).
 */
export function sceneView(camera: SceneCamera, width: number, height: number, labelScale = PRESENTER_TYPE_SCALE): { view: View; bearing: number } {
  if (camera.kind === 'view') return { view: camera.view, bearing: camera.bearing };
  const padding = scenePadding(width, height, camera.caption);
  if (camera.noteBelow) padding.bottom += noteRoom(labelScale, width);
  const whole = fitBounds(camera.bounds, width, height, padding, MIN_ZOOM, camera.maxZoom);
  const held = constrainView(whole, width, height, REGION_BBOX);
  // The region's 39° of longitude cannot fill a wide map at the zoom that shows the whole scene, so the map is held
  // closer (MapLibre's maxBounds, the renderer's constrainView) and cut at both ends. Moved as little as keeps the
  // scene's first target whole, it shows what the scene is about: scene 1 on a 1024×768 stage lost Ukraine's coast
  // and Crimea ("Ukraine between Russia, Belarus and NATO's eastern flank") for a sliver of Estonia.
  if (!camera.focus || held.zoom <= whole.zoom + 1e-6) return { view: whole, bearing: camera.bearing };
  return { view: constrainView(keepInView(held, width, height, padding, camera.focus), width, height, REGION_BBOX), bearing: camera.bearing };
}

/** A scene as the presenter views receive it: the data file's scene plus its computed camera. */
export interface PresenterScene extends Omit<Scene, 'camera'> { camera: SceneCamera }
