'use client';
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { calloutOffsetsAtZoom } from '@/geo/callouts-at-zoom';
import type { FigureLayers } from '@/geo/figure-layers';
import { CALLOUT_SOURCE, calloutPlaces } from '@/geo/map-style';
import { placesAreCurrent } from './built-with';

/** What each button's `translate` was last set to: writing an unchanged value still restyles it. */
const written = new WeakMap<HTMLElement, string>();

/**
 * Moves the callout buttons that would overlap at the map's zoom apart, as the server-drawn map sets them
 * (geo/spread-callouts.ts). By the CSS `translate`, since MapLibre's marker owns the button's `transform`.
 */
export function moveCalloutButtons(map: MapLibreMap, figures: FigureLayers, typeScale: number) {
  const offsets = calloutOffsetsAtZoom(figures.callouts, map.getZoom(), typeScale);
  const byClaim = new Map(figures.callouts.features.map((f, i) => [f.properties.id, offsets[i]]));
  map.getContainer().querySelectorAll<HTMLElement>('button.callout').forEach((button) => {
    const [dx, dy] = byClaim.get(button.dataset.claim ?? '') ?? [0, 0];
    const value = Math.abs(dx) < 0.05 && Math.abs(dy) < 0.05 ? '' : `${dx.toFixed(1)}px ${dy.toFixed(1)}px`;
    if ((written.get(button) ?? '') === value) return;
    button.style.translate = value;
    written.set(button, value);
  });
}

/**
 * Keeps the callouts apart as the zoom changes: the buttons on every frame of a zoom, the names' clearance (which
 * MapLibre lays out again when its data changes) once the zoom has ended, and only when the places moved.
 */
export function useCalloutSpread(map: MapLibreMap | null, figures: FigureLayers, typeScale: number) {
  useEffect(() => {
    if (!map) return;
    const move = () => moveCalloutButtons(map, figures, typeScale);
    const place = () => {
      const places = calloutPlaces(figures, typeScale, map.getZoom());
      if (!placesAreCurrent(map, places)) (map.getSource(CALLOUT_SOURCE) as GeoJSONSource | undefined)?.setData(places);
    };
    move();
    place();
    map.on('zoom', move);
    map.on('zoomend', place);
    return () => {
      map.off('zoom', move);
      map.off('zoomend', place);
    };
  }, [map, figures, typeScale]);
}
