/** Server-only: the scenes with their cameras computed, as both presenter windows receive them. */
import type { Buildup } from './buildup';
import { loadGeo } from './load-geo';
import { loadScenes } from './load-scenes';
import { type PresenterScene, sceneCamera } from './scene-camera';

export function presenterScenes(buildup: Buildup): PresenterScene[] {
  const geo = loadGeo();
  return loadScenes(buildup).scenes.map((scene) => ({ ...scene, camera: sceneCamera(scene, geo) }));
}
