'use client';
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapEngine } from './load-engine';

/** Zoom buttons (where the viewer drives the map, not the presenter) and a metric scale bar. */
export function useControls(map: MapLibreMap | null, engine: MapEngine | null, zoomButtons: boolean) {
  useEffect(() => {
    if (!map || !engine) return;
    const controls = [
      ...(zoomButtons ? [[new engine.NavigationControl({ showCompass: false }), 'top-right'] as const] : []),
      [new engine.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left'] as const,
    ];
    for (const [control, place] of controls) map.addControl(control, place);
    return () => {
      for (const [control] of controls) if (map.hasControl(control)) map.removeControl(control);
    };
  }, [map, engine, zoomButtons]);
}
