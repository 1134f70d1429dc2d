'use client';
import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-symbols';
import { figuresAreCurrent } from './built-with';
import { FIGURE_SOURCE } from './layers';
import { loadEngine } from './load-engine';

interface CalloutHandlers {
  labels: Record<string, string>;
  onOpen: (id: string, opener: HTMLElement) => void;
}

/**
 * The figures' circles, and a numbered callout button per claim, placed as map markers so they can be
 * reached with Tab and opened with Enter. Keyed by content: a refresh bringing equal data keeps the same
 * elements (and the viewer's focus).
 */
export function useFigures(map: MapLibreMap | null, figures: FigureLayers, handlers: RefObject<CalloutHandlers>) {
  const key = JSON.stringify(figures);
  useEffect(() => {
    if (!map) return;
    if (!figuresAreCurrent(map, figures)) (map.getSource(FIGURE_SOURCE) as GeoJSONSource | undefined)?.setData(figures.symbols);
    let stale = false;
    let markers: { remove: () => void }[] = [];
    loadEngine().then(({ Marker }) => {
      if (stale) return;
      const inFootnoteOrder = [...figures.callouts.features].sort((a, b) => a.properties.footnote - b.properties.footnote);
      markers = inFootnoteOrder.map((feature) => {
        const { id, label, kind } = feature.properties;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `callout callout--${kind}`;
        button.textContent = label;
        button.dataset.claim = id;
        button.setAttribute('aria-label', handlers.current.labels[id] ?? `Source ${label}`);
        button.addEventListener('click', () => handlers.current.onOpen(id, button));
        const [lng, lat] = feature.geometry.coordinates;
        return new Marker({ element: button }).setLngLat([lng, lat]).addTo(map);
      });
    });
    return () => {
      stale = true;
      markers.forEach((m) => m.remove());
    };
    // `key` stands for `figures`' content.
  }, [map, key]);
}
