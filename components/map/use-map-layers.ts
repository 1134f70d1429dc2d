'use client';
import { useEffect, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-symbols';
import type { Theme } from '@/geo/style';
import type { LayerToggle } from '@/geo/url-state';
import { figuresAreCurrent, styleIsCurrent } from './built-with';
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

/**
 * Theme: swap the style in place (MapLibre diffs it); the style carries the current figures. Only when the theme
 * or type scale changed since the map's style was built (built-with.ts).
 */
export function useThemeStyle(map: MapLibreMap | null, theme: Theme, typeScale: number, figures: RefObject<FigureLayers>) {
  useEffect(() => {
    if (!map || styleIsCurrent(map, theme, typeScale)) return;
    map.setStyle(mapStyle(theme, window.location.origin, typeScale, figures.current));
    figuresAreCurrent(map, figures.current);
  }, [map, theme, typeScale, figures]);
}

/**
 * MapLibre treats an unset visibility and 'visible' as different values, and a changed layout property makes it
 * lay out the layer's source again (and draw more frames): set it only when the effective value changes.
 */
function setVisibility(map: MapLibreMap, id: string, visibility: 'visible' | 'none') {
  if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === visibility) return;
  map.setLayoutProperty(id, 'visibility', visibility);
}

/** Layer toggles: hide or show the layers behind each toggle. */
export function useLayerToggles(map: MapLibreMap | null, hidden: readonly LayerToggle[]) {
  const key = hidden.join(',');
  useStyleEffect(map, (m) => {
    for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS)) {
      const visibility = key.split(',').includes(toggle) ? 'none' : 'visible';
      for (const id of ids) setVisibility(m, id, visibility);
    }
  }, [key]);
}

/** The presenter's highlight: an outline around the countries, Crimea or the border zone a scene is about. */
export function useHighlight(map: MapLibreMap | null, highlight: SceneFocus['highlight'] | null) {
  useStyleEffect(map, (m) => {
    if (!m.getLayer(HIGHLIGHT_LAYERS.countries)) return;
    const role = highlight === 'belarus' || highlight === 'eastern-flank' ? highlight : '';
    m.setFilter(HIGHLIGHT_LAYERS.countries, ['==', ['get', 'role'], role]);
    setVisibility(m, HIGHLIGHT_LAYERS.crimea, highlight === 'crimea' ? 'visible' : 'none');
    setVisibility(m, HIGHLIGHT_LAYERS.zone, highlight === 'border-zone' ? 'visible' : 'none');
  }, [highlight]);
}
