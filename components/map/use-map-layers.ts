'use client';
import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-symbols';
import type { Theme } from '@/geo/style';
import type { LayerToggle } from '@/geo/url-state';
import { HIGHLIGHT_LAYERS, mapStyle, TOGGLE_LAYERS } from './layers';
import type { SceneFocus } from './MapView';

/** Runs `apply` now and again after every style swap (a theme change rebuilds the layers). */
function useStyleEffect(map: MapLibreMap | null, apply: (map: MapLibreMap) => void, deps: unknown[]) {
  useEffect(() => {
    if (!map) return;
    const run = () => apply(map);
    run();
    map.on('style.load', run);
    return () => {
      map.off('style.load', run);
    };
    // The callers list what apply reads.
  }, [map, ...deps]);
}

/** Theme: swap the style in place (MapLibre diffs it), then put the figures back into their source. */
export function useThemeStyle(map: MapLibreMap | null, theme: Theme, typeScale: number, figures: RefObject<FigureLayers>) {
  useEffect(() => {
    if (!map) return;
    map.setStyle(mapStyle(theme, window.location.origin, typeScale));
    const restore = () => (map.getSource('figure-symbols') as GeoJSONSource | undefined)?.setData(figures.current.symbols);
    map.once('style.load', restore);
    return () => {
      map.off('style.load', restore);
    };
  }, [map, theme, typeScale, figures]);
}

/** Layer toggles: hide or show the layers behind each toggle. */
export function useLayerToggles(map: MapLibreMap | null, hidden: readonly LayerToggle[]) {
  const key = hidden.join(',');
  useStyleEffect(map, (m) => {
    for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS)) {
      const visibility = key.split(',').includes(toggle) ? 'none' : 'visible';
      for (const id of ids) if (m.getLayer(id)) m.setLayoutProperty(id, 'visibility', visibility);
    }
  }, [key]);
}

/** The presenter's highlight: an outline around the countries, Crimea or the border zone a scene is about. */
export function useHighlight(map: MapLibreMap | null, highlight: SceneFocus['highlight'] | null) {
  useStyleEffect(map, (m) => {
    if (!m.getLayer(HIGHLIGHT_LAYERS.countries)) return;
    const role = highlight === 'belarus' || highlight === 'eastern-flank' ? highlight : '';
    m.setFilter(HIGHLIGHT_LAYERS.countries, ['==', ['get', 'role'], role]);
    m.setLayoutProperty(HIGHLIGHT_LAYERS.crimea, 'visibility', highlight === 'crimea' ? 'visible' : 'none');
    m.setLayoutProperty(HIGHLIGHT_LAYERS.zone, 'visibility', highlight === 'border-zone' ? 'visible' : 'none');
  }, [highlight]);
}
