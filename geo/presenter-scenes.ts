import 'server-only';
/** The scenes with their cameras computed, as both presenter windows and scene exports receive them. */
import type { FigureLayers } from './figure-layers';
import { loadGeo } from './load-geo';
import { type PresenterScene, sceneCamera } from './scene-camera';
import type { ScenesFile } from './schema';

let cached: { from: ScenesFile; figures: FigureLayers; scenes: PresenterScene[] } | null = null;

/** `figures`: the data version's placed figures (buildupPayload), which each scene's camera keeps in view. */
export function presenterScenes(file: ScenesFile, figures: FigureLayers): PresenterScene[] {
  if (cached?.from !== file || cached.figures !== figures) {
    const geo = loadGeo();
    cached = { from: file, figures, scenes: file.scenes.map((scene) => ({ ...scene, camera: sceneCamera(scene, geo, figures) })) };
  }
  return cached.scenes;
}
