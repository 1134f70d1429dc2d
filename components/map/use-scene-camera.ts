'use client';
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SceneCamera } from '@/geo/scene-camera';
import { sceneCameraOptions } from './start-camera';

const FLIGHT_MS = 1200;

/**
 * The presenter's scene camera: the map starts there (a jump), and flies to each new scene (or jumps, with reduced
 * motion). The first scene is never flown to again: that would hold back the first idle by a flight.
 */
export function useSceneCamera(map: MapLibreMap | null, camera: SceneCamera | null, reducedMotion: boolean) {
  const shown = useRef<{ map: MapLibreMap; camera: SceneCamera } | null>(null);
  useEffect(() => {
    if (!map || !camera || (shown.current?.map === map && shown.current.camera === camera)) return;
    const first = shown.current?.map !== map;
    shown.current = { map, camera };
    // A new stage layout (the caption moved beside the map) resized the container a moment ago; MapLibre would
    // notice on a later frame, so the flight would be planned for the old size and end off the scene.
    const [container, canvas] = [map.getContainer(), map.getCanvas()];
    if (canvas.clientWidth !== container.clientWidth || canvas.clientHeight !== container.clientHeight) map.resize();
    const options = sceneCameraOptions(camera, map);
    if (first || reducedMotion) map.jumpTo(options);
    else map.flyTo({ ...options, duration: FLIGHT_MS, essential: false });
  }, [map, camera, reducedMotion]);
}
