'use client';
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map once its style has loaded (the hooks that change layers need that), else null. */
export function useLoadedMap(map: MapLibreMap | null): MapLibreMap | null {
  const [loaded, setLoaded] = useState<MapLibreMap | null>(null);
  useEffect(() => {
    if (!map) return;
    const onLoad = () => setLoaded(map);
    if (map.loaded()) onLoad();
    map.on('load', onLoad);
    return () => {
      map.off('load', onLoad);
      setLoaded(null);
    };
  }, [map]);
  return loaded;
}
