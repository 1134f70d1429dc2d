'use client';
import { useEffect, useEffectEvent } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatViewHash, readViewHash, sameView, type View } from '@/geo/view';
import { currentView, DEFAULT_LNG_LAT_BOUNDS } from './start-camera';

/**
 * The view in the address: each move writes MapLibre's `#zoom/lat/lng` (when the map follows the hash), a hash
 * changed by the viewer moves the map, and `onViewChange` hears every settled view.
 */
export function useHashView(map: MapLibreMap | null, followsHash: boolean, onViewChange?: (view: View) => void) {
  const settled = useEffectEvent((view: View) => onViewChange?.(view));
  useEffect(() => {
    if (!map) return;
    const onMoveEnd = () => {
      const view = currentView(map);
      const hash = formatViewHash(view);
      if (followsHash && window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
      settled(view);
    };
    const onHashChange = () => {
      const view = readViewHash(window.location.hash);
      if (!view) map.fitBounds(DEFAULT_LNG_LAT_BOUNDS, { padding: 16, animate: false });
      else if (!sameView(view, currentView(map))) map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
    };
    map.on('moveend', onMoveEnd);
    map.on('load', onMoveEnd);
    if (followsHash) window.addEventListener('hashchange', onHashChange);
    return () => {
      map.off('moveend', onMoveEnd);
      map.off('load', onMoveEnd);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [map, followsHash]);
}
