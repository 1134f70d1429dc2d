import { bbox, featureCollection } from '@turf/turf';
import type { Feature } from 'geojson';
import { circlePolygon } from './circle-polygon';
import { selectFigures, type FigureLayers } from './figure-layers';
import type { GeoData } from './load-geo';
import { fitBounds, type Padding } from './mercator';
import type { BBox } from './region';
import { MAX_ZOOM, MIN_ZOOM } from './region';
import type { Scene } from './schema';
import type { View } from './view';

export type SceneCamera =
  | { kind: 'bounds'; bounds: BBox; maxZoom: number; bearing: number }
  | { kind: 'view'; view: View; bearing: number };

function targetFeatures(geo: GeoData, target: string): Feature[] {
  if (target === 'crimea') return geo.crimea.features;
  if (target === 'border-zone') return geo.zones.features;
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
  return { kind: 'bounds', bounds: bbox(featureCollection(features)) as BBox, maxZoom: camera.maxZoom ?? MAX_ZOOM, bearing: camera.bearing ?? 0 };
}

/**
 * The stage keeps its top clear for the scene counter and its bottom for the caption. The same rule frames a
 * scene's export, so "export this scene" gives the picture on the stage.
 */
export function scenePadding(width: number, height: number): Padding {
  return {
    top: Math.round(Math.min(80, height * 0.12)),
    bottom: Math.round(Math.min(300, height * 0.38)),
    left: Math.round(Math.min(60, width * 0.06)),
    right: Math.round(Math.min(60, width * 0.06)),
  };
}

/** Where a scene's camera puts the map in a `width`×`height` frame: the live stage and the export both use this. */
export function sceneView(camera: SceneCamera, width: number, height: number): { view: View; bearing: number } {
  if (camera.kind === 'view') return { view: camera.view, bearing: camera.bearing };
  return { view: fitBounds(camera.bounds, width, height, scenePadding(width, height), MIN_ZOOM, camera.maxZoom), bearing: camera.bearing };
}

/** A scene as the presenter views receive it: the data file's scene plus its computed camera. */
export interface PresenterScene extends Omit<Scene, 'camera'> { camera: SceneCamera }
