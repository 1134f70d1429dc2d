'use client';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { circleFeatures, circleSpans, type FigureLayers } from '@/geo/figure-layers';
import { FIGURE_SHOWN_STATE, FIGURE_SOURCE } from '@/geo/map-style';
import { figuresAreCurrent } from './built-with';
import { loadEngine } from './load-engine';
import { moveCalloutButtons } from './use-callout-spread';

const shownAt = (el: HTMLElement, step: number) => Number(el.dataset.from) <= step && step <= Number(el.dataset.to);

/**
 * The figures' circles, and a numbered callout button per claim, placed as map markers so they can be reached with
 * Tab and opened with Enter: every figure of the timeline, each shown at its steps. `figures` keeps its identity
 * while its content is unchanged (SWR compares refreshed data deeply), so a refresh bringing equal data keeps the
 * same elements (and the viewer's focus).
 */
export function useFigures(map: MapLibreMap | null, figures: FigureLayers, step: number, typeScale: number, labels: Record<string, string>, onOpen: (id: string, opener: HTMLElement) => void) {
  const labelOf = useEffectEvent((id: string, label: string) => labels[id] ?? `Source ${label}`);
  const open = useEffectEvent((id: string, opener: HTMLElement) => onOpen(id, opener));
  const stepNow = useEffectEvent(() => step);
  useEffect(() => {
    if (!map) return;
    // The callouts' places (their clearance) follow the zoom too: useCalloutSpread sets them.
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
      moveCalloutButtons(map, figures, typeScale);
    });
    return () => {
      stale = true;
      markers.forEach((m) => m.remove());
    };
  }, [map, figures, typeScale]);
  // A new date shows other callouts: attributes only, the markers stay.
  useEffect(() => {
    map?.getContainer().querySelectorAll<HTMLButtonElement>('button.callout').forEach((button) => {
      // Only the callouts the date shows or hides are touched: writing an unchanged attribute still restyles.
      const hidden = !shownAt(button, step);
      if (button.hidden !== hidden) button.hidden = hidden;
    });
  }, [map, step]);
}

/**
 * A new date shows other figures: each circle's feature state says whether the date shows it (FIGURE_SHOWN_STATE),
 * which MapLibre applies in one frame on the main thread; no data is loaded again and the map is not rebuilt.
 * Applied again when the figures change (their ids are their drawing order) and when a new style is loaded.
 */
export function useFigureStep(map: MapLibreMap | null, figures: FigureLayers, step: number) {
  // The ids and steps only: drawing each polygon again on every step cost 2 ms.
  const spans = useMemo(() => circleSpans(figures.circles), [figures]);
  /** What each circle's state says now (by id), so a step sets only the circles it shows or hides. */
  const applied = useRef(new Map<number, boolean>());
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      if (!map.getSource(FIGURE_SOURCE)) return;
      for (const { id, from, to } of spans) {
        const shown = from <= step && step <= to;
        if (applied.current.get(id) === shown) continue;
        map.setFeatureState({ source: FIGURE_SOURCE, id }, { [FIGURE_SHOWN_STATE]: shown });
        applied.current.set(id, shown);
      }
    };
    // A new style or new figures start with no state: set every circle's.
    const applyAll = () => {
      applied.current.clear();
      apply();
    };
    apply();
    map.on('style.load', applyAll);
    return () => {
      map.off('style.load', applyAll);
    };
  }, [map, spans, step]);
  // New figures (or another map) keep none of the old states.
  useEffect(() => () => applied.current.clear(), [map, spans]);
}
