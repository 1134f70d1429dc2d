import { bbox, featureCollection } from '@turf/turf';
import type { Feature } from 'geojson';
import type { GeoData } from './load-geo';
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

/** The camera a scene asks for: a bounding box computed with turf from the features it is about, or a fixed view. */
export function sceneCamera(scene: Scene, geo: GeoData): SceneCamera {
  const { camera } = scene;
  if ('center' in camera) {
    return { kind: 'view', view: { lng: camera.center[0], lat: camera.center[1], zoom: camera.zoom }, bearing: camera.bearing ?? 0 };
  }
  const features = camera.fit.flatMap((target) => targetFeatures(geo, target));
  return { kind: 'bounds', bounds: bbox(featureCollection(features)) as BBox, maxZoom: camera.maxZoom ?? MAX_ZOOM, bearing: camera.bearing ?? 0 };
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The view that fits a camera into a frame of the given size (MapLibre's 512 px world), for exports of a scene. */
export function viewForCamera(camera: SceneCamera, width: number, height: number, padding = 40): View {
  if (camera.kind === 'view') return camera.view;
  const [w, s, e, n] = camera.bounds;
  const spanX = ((e - w) / 360) * 512;
  const spanY = ((mercatorY(n) - mercatorY(s)) / (2 * Math.PI)) * 512;
  const zoom = Math.log2(Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY));
  const lat = (Math.atan(Math.sinh((mercatorY(n) + mercatorY(s)) / 2)) * 180) / Math.PI;
  return { zoom: Math.min(camera.maxZoom, Math.max(MIN_ZOOM, zoom)), lat, lng: (w + e) / 2 };
}

/** A scene as the presenter views receive it: the data file's scene plus its computed camera. */
export interface PresenterScene extends Omit<Scene, 'camera'> { camera: SceneCamera }
