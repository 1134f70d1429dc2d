'use client';
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { whenGpuDrawn } from './gpu-drawn';

/** A lost WebGL context that MapLibre has not restored by then is given up for the static map. */
const CONTEXT_RESTORE_GRACE_MS = 3000;

/** Loading ends in idle, unless a layer's data failed first (then error, until a retry loads it). */
export function useLoadingEvents(map: MapLibreMap | null, idle: () => void, fail: (state: 'error' | 'fallback', message: string) => void) {
  useEffect(() => {
    if (!map) return;
    const onIdle = () => idle();
    const onError = (event: { error?: { message?: string }; sourceId?: string }) => {
      if (!event.sourceId && map.loaded()) return;
      // In the reader's words (it said "AJAXError: Failed to fetch (0): http://…"); the layer named for a report.
      fail('error', `The interactive map could not load its ${event.sourceId ?? 'data'} layer: check the connection, then Retry. The map below is a static copy.`);
    };
    let restoreTimer = 0;
    const onContextLost = () => {
      restoreTimer = window.setTimeout(() => fail('fallback', 'The interactive map lost its graphics context: showing a static map instead.'), CONTEXT_RESTORE_GRACE_MS);
    };
    const onContextRestored = () => window.clearTimeout(restoreTimer);
    map.on('idle', onIdle);
    map.on('error', onError);
    map.on('webglcontextlost', onContextLost);
    map.on('webglcontextrestored', onContextRestored);
    return () => {
      window.clearTimeout(restoreTimer);
      map.off('idle', onIdle);
      map.off('error', onError);
      map.off('webglcontextlost', onContextLost);
      map.off('webglcontextrestored', onContextRestored);
    };
  }, [map, idle, fail]);
}

/**
 * The live canvas replaces the server-drawn map once the GPU has drawn it whole after the first idle (gpu-drawn.ts
 * says why), or at once when the camera moves after that (the viewer's drag, a scene's flight): a hidden canvas
 * would leave the motion unseen and its frames piling up for the GPU.
 */
export function useCanvasReveal(map: MapLibreMap | null, show: (shown: boolean) => void) {
  useEffect(() => {
    if (!map) return;
    let idleSeen = false;
    let cancelGpuWait: (() => void) | null = null;
    const reveal = () => show(true);
    const onIdle = () => {
      idleSeen = true;
      cancelGpuWait ??= whenGpuDrawn(map.getCanvas(), reveal);
    };
    const onMoveStart = (event: { originalEvent?: Event }) => {
      if (event.originalEvent || idleSeen) reveal();
    };
    map.on('idle', onIdle);
    map.on('movestart', onMoveStart);
    return () => {
      map.off('idle', onIdle);
      map.off('movestart', onMoveStart);
      cancelGpuWait?.();
      show(false);
    };
  }, [map, show]);
}
