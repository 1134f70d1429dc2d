'use client';
import { useEffect, useEffectEvent } from 'react';
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { crimeaNoteMaxEm } from '@/geo/crimea-note';
import { layerById, MAP_LAYERS } from '@/geo/layers';
import { CALLOUT_CLEARANCE_LAYER, calloutPlaces, highlightFilters, layerVisible, mapStyle, styleImageFor, type StyleInput } from '@/geo/map-style';
import type { Highlight } from '@/geo/schema';
import type { Theme } from '@/geo/style';
import { parseHidden, type LayerToggle } from '@/geo/view-state';
import { figuresAreCurrent, placesAreCurrent, styleIsCurrent } from './built-with';

/**
 * Theme: swap the style in place (MapLibre diffs it); the style carries the current figures, toggles and highlight.
 * Only when the theme or type scale changed since the map's style was built (built-with.ts).
 */
export function useThemeStyle(map: MapLibreMap | null, input: StyleInput) {
  const rebuild = useEffectEvent((m: MapLibreMap) => {
    const calloutZoom = m.getZoom();
    m.setStyle(mapStyle({ ...input, calloutZoom, mapWidth: m.getContainer().clientWidth }));
    figuresAreCurrent(m, input.figures);
    placesAreCurrent(m, calloutPlaces(input.figures, input.typeScale, calloutZoom));
  });
  const { theme, typeScale } = input;
  useEffect(() => {
    if (map && !styleIsCurrent(map, theme, typeScale)) rebuild(map);
  }, [map, theme, typeScale]);
}

/** The hatch tiles and city dots, drawn in code when the style first asks for one. */
export function useStyleImages(map: MapLibreMap | null, theme: Theme) {
  const imageFor = useEffectEvent((id: string) => styleImageFor(id, theme));
  useEffect(() => {
    if (!map) return;
    map.setMissingStyleImageResolver((id) => {
      const image = imageFor(id);
      if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: image.pixelRatio });
    });
    return () => {
      map.setMissingStyleImageResolver(null);
    };
  }, [map]);
}

/**
 * MapLibre treats an unset visibility and 'visible' as different values, and a changed layout property makes it
 * lay out the layer's source again (and draw more frames): set it only when the effective value changes.
 */
function setVisibility(map: MapLibreMap, id: string, visibility: 'visible' | 'none') {
  if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === visibility) return;
  map.setLayoutProperty(id, 'visibility', visibility);
}

/** The map redraws on every `setFilter`, changed or not (a frame costs 100–200 ms of software WebGL here). */
function setFilter(map: MapLibreMap, id: string, filter: FilterSpecification) {
  if (!map.getLayer(id) || JSON.stringify(map.getFilter(id)) === JSON.stringify(filter)) return;
  map.setFilter(id, filter);
}

/**
 * Layer toggles and the scene's highlight: each layer of the table shown or hidden as the view state says, now and
 * after every style swap (a theme change rebuilds the layers).
 */
export function useLayerVisibility(map: MapLibreMap | null, hidden: readonly LayerToggle[], highlight: Highlight | null) {
  const hiddenKey = hidden.join(',');
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      const toggles = parseHidden(hiddenKey);
      for (const layer of MAP_LAYERS) setVisibility(map, layer.id, layerVisible(layer, toggles, highlight) ? 'visible' : 'none');
      setVisibility(map, CALLOUT_CLEARANCE_LAYER, toggles.includes('figures') ? 'none' : 'visible');
      for (const [id, filter] of highlightFilters(highlight)) setFilter(map, id, filter);
    };
    apply();
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [map, hiddenKey, highlight]);
}

/** The Crimea note wraps when the map is too narrow for its one line (geo/crimea-note.ts), and unwraps when it widens. */
export function useCrimeaNoteWidth(map: MapLibreMap | null, typeScale: number) {
  useEffect(() => {
    if (!map) return;
    const paint = layerById('crimea-label').paint;
    if (paint.type !== 'text') return;
    const fit = () => {
      const em = crimeaNoteMaxEm(map.getContainer().clientWidth, paint.size * typeScale);
      // A changed layout property lays the layer out again: set it only when the width in ems changes.
      if (map.getLayer('crimea-label') && map.getLayoutProperty('crimea-label', 'text-max-width') !== em) map.setLayoutProperty('crimea-label', 'text-max-width', em);
    };
    map.on('resize', fit);
    return () => {
      map.off('resize', fit);
    };
  }, [map, typeScale]);
}
