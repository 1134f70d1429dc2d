import type { Map as MapLibreMap } from 'maplibre-gl';
import { viewWithCrimeaNote } from '@/geo/crimea-note-view';
import { constrainView } from '@/geo/mercator';
import { DEFAULT_BOUNDS, REGION_BBOX } from '@/geo/region';
import { zoomForContainer } from '@/geo/render/first-paint-zoom';
import { type SceneCamera, sceneView } from '@/geo/scene-camera';
import { readViewHash, type View } from '@/geo/view';

export const DEFAULT_LNG_LAT_BOUNDS: [[number, number], [number, number]] = [[DEFAULT_BOUNDS[0], DEFAULT_BOUNDS[1]], [DEFAULT_BOUNDS[2], DEFAULT_BOUNDS[3]]];

export const currentView = (map: MapLibreMap): View => {
  const { lng, lat } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng };
};

/**
 * Where the live map starts: the view in the hash (scaled from the map it was seen in, `seenIn`, when the address says:
 * an embed of the view an editor saw on a wide dashboard, shown in a narrow article column), or else the first paint's
 * view scaled to the container, kept inside the region's bounds by us (MapLibre draws nothing when it has to correct a
 * start view itself).
 */
export function startCamera(hash: string, firstPaint: { view: View; width: number; height: number } | null, width: number, height: number, seenIn: { width: number; height: number } | null = null) {
  const hashed = readViewHash(hash);
  const scale = (seen: { view: View; width: number; height: number }) => ({ ...seen.view, zoom: zoomForContainer(seen, width, height) });
  const wanted = hashed ? (seenIn ? scale({ view: hashed, ...seenIn }) : hashed) : firstPaint ? viewWithCrimeaNote(scale(firstPaint), width, height) : null;
  if (!wanted) return { bounds: DEFAULT_LNG_LAT_BOUNDS, fitBoundsOptions: { padding: 16 } };
  const inside = constrainView(wanted, width, height, REGION_BBOX);
  // A hair above the zoom that exactly covers the bounds: at exactly that zoom MapLibre's own check fails.
  return { center: [inside.lng, inside.lat] as [number, number], zoom: inside.zoom + 0.001 };
}

/** A scene's camera on this map: the same framing its export gets (geo/scene-camera.ts). */
export function sceneCameraOptions(camera: SceneCamera, map: MapLibreMap) {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const { view, bearing } = sceneView(camera, width, height);
  return { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing };
}

/** MapLibre's constructor throws a GPUInitializationError when the browser gives it no WebGL2 context
 * (WebGL off or blocked): the server-drawn map then stays and says so. */
export function isNoWebGl(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}
