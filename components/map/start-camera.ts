import type { Map as MapLibreMap } from 'maplibre-gl';
import { constrainView } from '@/geo/constrain-view';
import { DEFAULT_BOUNDS } from '@/geo/region';
import { zoomForContainer } from '@/geo/render/first-paint-zoom';
import type { SceneCamera } from '@/geo/scene-camera';
import { readViewHash, type View } from '@/geo/view';

export const DEFAULT_LNG_LAT_BOUNDS: [[number, number], [number, number]] = [[DEFAULT_BOUNDS[0], DEFAULT_BOUNDS[1]], [DEFAULT_BOUNDS[2], DEFAULT_BOUNDS[3]]];

export const currentView = (map: MapLibreMap): View => {
  const { lng, lat } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng };
};

/**
 * Where the live map starts: the view in the hash, or else the first paint's view scaled to the container, kept
 * inside the region's bounds by us (MapLibre draws nothing when it has to correct a start view itself).
 */
export function startCamera(hash: string, firstPaint: { view: View; width: number; height: number } | null, width: number, height: number) {
  const wanted = readViewHash(hash) ?? (firstPaint ? { ...firstPaint.view, zoom: zoomForContainer(firstPaint, width, height) } : null);
  if (!wanted) return { bounds: DEFAULT_LNG_LAT_BOUNDS, fitBoundsOptions: { padding: 16 } };
  const inside = constrainView(wanted, width, height);
  // A hair above the zoom that exactly covers the bounds: at exactly that zoom MapLibre's own check fails.
  return { center: [inside.lng, inside.lat] as [number, number], zoom: inside.zoom + 0.001 };
}

/** Leaves room for the presenter's caption at the bottom and counter at the top. */
function scenePadding(map: MapLibreMap) {
  const { height } = map.getContainer().getBoundingClientRect();
  return { top: 80, bottom: Math.round(Math.min(300, height * 0.38)), left: 60, right: 60 };
}

export function sceneCameraOptions(camera: SceneCamera, map: MapLibreMap) {
  if (camera.kind === 'view') return { center: [camera.view.lng, camera.view.lat] as [number, number], zoom: camera.view.zoom, bearing: camera.bearing };
  const [w, s, e, n] = camera.bounds;
  return map.cameraForBounds([[w, s], [e, n]], { padding: scenePadding(map), maxZoom: camera.maxZoom, bearing: camera.bearing }) ?? {};
}

/** MapLibre's constructor throws a GPUInitializationError when the browser gives it no WebGL2 context
 * (WebGL off or blocked): the server-drawn map then stays and says so. */
export function isNoWebGl(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}
