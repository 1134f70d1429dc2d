'use client';
import { useEffect, useEffectEvent } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatViewHash, readViewHash, sameView, type View } from '@/geo/view';
import { SEEN_FRAME_PARAM } from '@/geo/seen-frame';
import { currentView, DEFAULT_LNG_LAT_BOUNDS } from './start-camera';
import { markViewChosen } from './view-chosen';

const withoutFrame = (search: string) => {
  const params = new URLSearchParams(search);
  params.delete(SEEN_FRAME_PARAM);
  return `${window.location.pathname}${params.size ? `?${params}` : ''}`;
};

/**
 * The view in the address: each move writes MapLibre's `#zoom/lat/lng` (when the map follows the hash), a hash
 * changed by the viewer moves the map, and `onViewChange` hears every settled view.
 */
export function useHashView(map: MapLibreMap | null, followsHash: boolean, onViewChange?: (view: View) => void) {
  const settled = useEffectEvent((view: View) => onViewChange?.(view));
  useEffect(() => {
    if (!map) return;
    // A view in the address before the map wrote one: whoever made the link chose it.
    if (followsHash && readViewHash(window.location.hash)) markViewChosen();
    // Moved by the viewer (MapLibre passes the input event along); a resize or a fit moves it without one.
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) markViewChosen();
    };
    const onMoveEnd = () => {
      const view = currentView(map);
      const hash = formatViewHash(view);
      // The view is now this map's own: the size of another map it was seen in (`frame`) no longer applies.
      if (followsHash && (window.location.hash !== hash || new URLSearchParams(window.location.search).has(SEEN_FRAME_PARAM))) {
        window.history.replaceState(window.history.state, '', `${withoutFrame(window.location.search)}${hash}`);
      }
      settled(view);
    };
    const onHashChange = () => {
      const view = readViewHash(window.location.hash);
      if (!view) map.fitBounds(DEFAULT_LNG_LAT_BOUNDS, { padding: 16, animate: false });
      else if (!sameView(view, currentView(map))) map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
    };
    map.on('movestart', onMoveStart);
    // A wheel or a trackpad's pinch moves the map with no input event on MapLibre's movestart.
    const container = map.getCanvasContainer();
    container.addEventListener('wheel', markViewChosen, { passive: true });
    map.on('moveend', onMoveEnd);
    map.on('load', onMoveEnd);
    if (followsHash) window.addEventListener('hashchange', onHashChange);
    return () => {
      map.off('movestart', onMoveStart);
      container.removeEventListener('wheel', markViewChosen);
      map.off('moveend', onMoveEnd);
      map.off('load', onMoveEnd);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [map, followsHash]);
}
