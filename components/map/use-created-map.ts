'use client';
import { type RefObject, useEffect, useEffectEvent, useState } from 'react';
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import type { MapEngine } from './load-engine';
import { isNoWebGl } from './start-camera';
import { withoutSky } from './without-sky';

/**
 * The one owner of the imperative map: created in this effect once the engine is here, removed in its cleanup.
 * `options` is asked once, at creation (later changes reach the map through the other hooks). Every hook that
 * listens to the map pairs its `on` with an `off` in its own cleanup.
 */
export function useCreatedMap(
  container: RefObject<HTMLDivElement | null>,
  engine: MapEngine | null,
  options: (width: number, height: number) => Omit<MapOptions, 'container'>,
  onError: (state: 'error' | 'fallback', message: string) => void,
  /** With the options it was created with. */
  onCreated: (map: MapLibreMap, options: Omit<MapOptions, 'container'>) => void,
): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const optionsNow = useEffectEvent(options);
  const failed = useEffectEvent(onError);
  const noteCreated = useEffectEvent(onCreated);
  useEffect(() => {
    const element = container.current;
    if (!engine || !element) return;
    let created: MapLibreMap | null = null;
    let cancelled = false;
    const restored = () => created && withoutSky(created);
    (async () => {
      // Labels are measured with the page's own Inter: wait for it so the first frames place them right. Not when it
      // is here already, as it nearly always is (the page's head preloads it): awaiting even a settled load cost the
      // map 30 ms, the tasks queued meanwhile.
      if (document.fonts && !document.fonts.check('12px Inter')) await document.fonts.load('12px Inter').catch(() => undefined);
      if (cancelled) return;
      const { width, height } = element.getBoundingClientRect();
      try {
        const options = optionsNow(width, height);
        created = new engine.Map({ container: element, ...options });
        withoutSky(created);
        created.on('webglcontextrestored', restored);
        noteCreated(created, options);
        setMap(created);
      } catch (error) {
        // No probe beforehand: a throwaway WebGL context costs the first paint-to-idle path 10-15 ms here.
        if (isNoWebGl(error)) failed('fallback', 'The interactive map needs WebGL, which this browser has turned off: showing a static map instead.');
        else failed('error', `The interactive map could not start: ${(error as Error).message}`);
      }
    })();
    return () => {
      cancelled = true;
      setMap(null);
      created?.off('webglcontextrestored', restored);
      created?.remove();
    };
  }, [container, engine]);
  return map;
}
