'use client';
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapEngine } from './load-engine';

/**
 * A touch screen zooms with two fingers; on a phone the buttons would only cover the figures in a map corner (callout 5
 * sits under them at 390 px).
 */
const touchOnly = () => window.matchMedia('(hover: none) and (pointer: coarse)').matches;

/** Zoom buttons (where the viewer drives the map, not the presenter, with a mouse or keys) and a metric scale bar. */
export function useControls(map: MapLibreMap | null, engine: MapEngine | null, zoomButtons: boolean) {
  useEffect(() => {
    if (!map || !engine) return;
    const controls = [
      ...(zoomButtons && !touchOnly() ? [[new engine.NavigationControl({ showCompass: false }), 'top-right'] as const] : []),
      [new engine.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left'] as const,
    ];
    for (const [control, place] of controls) map.addControl(control, place);
    return () => {
      for (const [control] of controls) if (map.hasControl(control)) map.removeControl(control);
    };
  }, [map, engine, zoomButtons]);
}
