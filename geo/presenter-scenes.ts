import 'server-only';
/** The scenes with their cameras computed, as both presenter windows and scene exports receive them. */
import { loadGeo } from './load-geo';
import { loadScenes } from './load-scenes';
import { type PresenterScene, sceneCamera } from './scene-camera';

let cached: { from: unknown; scenes: PresenterScene[] } | null = null;

export function presenterScenes(): PresenterScene[] {
  const file = loadScenes();
  if (cached?.from !== file) {
    const geo = loadGeo();
    cached = { from: file, scenes: file.scenes.map((scene) => ({ ...scene, camera: sceneCamera(scene, geo) })) };
  }
  return cached.scenes;
}
