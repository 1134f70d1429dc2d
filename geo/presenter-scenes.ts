import 'server-only';
/** The scenes with their cameras computed, as both presenter windows and scene exports receive them. */
import { loadGeo } from './load-geo';
import { type PresenterScene, sceneCamera } from './scene-camera';
import type { ScenesFile } from './schema';

let cached: { from: unknown; scenes: PresenterScene[] } | null = null;

export function presenterScenes(file: ScenesFile): PresenterScene[] {
  if (cached?.from !== file) {
    const geo = loadGeo();
    cached = { from: file, scenes: file.scenes.map((scene) => ({ ...scene, camera: sceneCamera(scene, geo) })) };
  }
  return cached.scenes;
}
