'use client';
import { useEffect, useEffectEvent } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-symbols';
import { FIGURE_SOURCE } from '@/geo/map-style';
import { figuresAreCurrent } from './built-with';
import { loadEngine } from './load-engine';

/**
 * The figures' circles, and a numbered callout button per claim, placed as map markers so they can be reached with
 * Tab and opened with Enter. `figures` keeps its identity while its content is unchanged (SWR compares refreshed
 * data deeply), so a refresh bringing equal data keeps the same elements (and the viewer's focus).
 */
export function useFigures(map: MapLibreMap | null, figures: FigureLayers, labels: Record<string, string>, onOpen: (id: string, opener: HTMLElement) => void) {
  const labelOf = useEffectEvent((id: string, label: string) => labels[id] ?? `Source ${label}`);
  const open = useEffectEvent((id: string, opener: HTMLElement) => onOpen(id, opener));
  useEffect(() => {
    if (!map) return;
    if (!figuresAreCurrent(map, figures)) (map.getSource(FIGURE_SOURCE) as GeoJSONSource | undefined)?.setData(figures.symbols);
    let stale = false;
    let markers: { remove: () => void }[] = [];
    loadEngine().then(({ Marker }) => {
      if (stale) return;
      const inFootnoteOrder = [...figures.callouts.features].sort((a, b) => a.properties.footnote - b.properties.footnote);
      markers = inFootnoteOrder.map((feature) => {
        const { id, label, kind, figure } = feature.properties;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `callout callout--${kind}${figure ? ' callout--figure' : ''}`;
        button.textContent = label;
        button.dataset.claim = id;
        button.setAttribute('aria-label', labelOf(id, label));
        button.addEventListener('click', () => open(id, button));
        const [lng, lat] = feature.geometry.coordinates;
        return new Marker({ element: button }).setLngLat([lng, lat]).addTo(map);
      });
    });
    return () => {
      stale = true;
      markers.forEach((m) => m.remove());
    };
  }, [map, figures]);
}
