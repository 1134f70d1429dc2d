'use client';
import { useEffect, useEffectEvent } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { View } from '@/geo/view';
import { DEFAULT_LNG_LAT_BOUNDS, startCamera } from './start-camera';
import { viewWasChosen } from './view-chosen';

/**
 * While nobody has chosen the view (view-chosen.ts), a resized map shows the default view at its new size. MapLibre
 * only keeps a view inside the region's bounds: a box made taller zoomed the map in, and made short again (a phone's
 * figures sheet opened and closed) it stayed zoomed in, with Crimea and Poland's figures off the map and the cut view
 * written into the address that Copy link shares.
 */
export function useDefaultViewOnResize(map: MapLibreMap | null, active: boolean, firstPaint: { view: View; width: number; height: number } | null) {
  const startAt = useEffectEvent((width: number, height: number) => startCamera('', firstPaint, width, height));
  useEffect(() => {
    if (!map || !active) return;
    const onResize = () => {
      if (viewWasChosen()) return;
      const { width, height } = map.getContainer().getBoundingClientRect();
      const start = startAt(width, height);
      if (start.center) map.jumpTo({ center: start.center, zoom: start.zoom });
      else map.fitBounds(DEFAULT_LNG_LAT_BOUNDS, { padding: 16, animate: false });
    };
    map.on('resize', onResize);
    return () => {
      map.off('resize', onResize);
    };
  }, [map, active]);
}
