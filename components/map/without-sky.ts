import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * MapLibre 6 draws its sky before every frame, whether the style has a sky or not: a full-screen pass of a shader
 * compiled for it (12–27 ms of the first frame with software WebGL, on the main thread). This map never shows a
 * sky: it is flat (pitch at most MapLibre's 60°, where the horizon stays above the top edge) and its background
 * layer covers every pixel after the pass. So this painter draws none; the other passes are MapLibre's own.
 * A restored WebGL context gets a new painter, which loses this: call it again then.
 */
export function withoutSky(map: MapLibreMap): void {
  const { painter } = map;
  if (!painter) return;
  painter.drawFunctions = { ...painter.drawFunctions, sky: () => undefined };
}
