'use client';
import { useEffect, useEffectEvent } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { circleFeatures, type FigureLayers } from '@/geo/figure-layers';
import { MAP_LAYERS } from '@/geo/layers';
import { FIGURE_SOURCE, figureFilter } from '@/geo/map-style';
import { figuresAreCurrent } from './built-with';
import { loadEngine } from './load-engine';

const shownAt = (el: HTMLElement, step: number) => Number(el.dataset.from) <= step && step <= Number(el.dataset.to);

/**
 * The figures' circles, and a numbered callout button per claim, placed as map markers so they can be reached with
 * Tab and opened with Enter: every figure of the timeline, each shown at its steps. `figures` keeps its identity
 * while its content is unchanged (SWR compares refreshed data deeply), so a refresh bringing equal data keeps the
 * same elements (and the viewer's focus).
 */
export function useFigures(map: MapLibreMap | null, figures: FigureLayers, step: number, labels: Record<string, string>, onOpen: (id: string, opener: HTMLElement) => void) {
  const labelOf = useEffectEvent((id: string, label: string) => labels[id] ?? `Source ${label}`);
  const open = useEffectEvent((id: string, opener: HTMLElement) => onOpen(id, opener));
  const stepNow = useEffectEvent(() => step);
  useEffect(() => {
    if (!map) return;
    if (!figuresAreCurrent(map, figures)) (map.getSource(FIGURE_SOURCE) as GeoJSONSource | undefined)?.setData(circleFeatures(figures.circles));
    let stale = false;
    let markers: { remove: () => void }[] = [];
    loadEngine().then(({ Marker }) => {
      if (stale) return;
      markers = figures.callouts.features.map((feature) => {
        const { id, label, kind, figure, from, to } = feature.properties;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `callout callout--${kind}${figure ? ' callout--figure' : ''}`;
        button.textContent = label;
        button.dataset.claim = id;
        button.dataset.from = String(from);
        button.dataset.to = String(to);
        button.hidden = !shownAt(button, stepNow());
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
  // A new date shows other callouts: attributes only, the markers stay.
  useEffect(() => {
    map?.getContainer().querySelectorAll<HTMLButtonElement>('button.callout').forEach((button) => {
      button.hidden = !shownAt(button, step);
    });
  }, [map, step]);
}

const FIGURE_LAYERS = MAP_LAYERS.flatMap((l) => ('filter' in l && l.filter && 'figureKind' in l.filter ? [{ id: l.id, kind: l.filter.figureKind }] : []));

/** A new date filters the figure layers to its step: no data is loaded again and the map is not rebuilt. */
export function useFigureStep(map: MapLibreMap | null, step: number) {
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      for (const { id, kind } of FIGURE_LAYERS) if (map.getLayer(id)) map.setFilter(id, figureFilter(kind, step), { validate: false });
    };
    apply();
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [map, step]);
}
