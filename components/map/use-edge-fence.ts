'use client';
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { type CoveredBox, edgeFence } from '@/geo/map-edge-fence';
import { CLEARANCE_SQUARE_PX, EDGE_FENCE_SOURCE } from '@/geo/map-style';

/**
 * What stands over the map, as boxes within it: MapLibre's controls (credit, scale bar, zoom buttons), and the page's
 * elements that say they cover it (`data-covers-map`: the presenter's scene counter over a phone's stage).
 */
function coveredBoxes(container: HTMLElement): CoveredBox[] {
  const map = container.getBoundingClientRect();
  const over = [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl'), ...document.querySelectorAll<HTMLElement>('[data-covers-map]')];
  return over.map((element) => {
    const box = element.getBoundingClientRect();
    const [left, top] = [Math.max(box.left, map.left), Math.max(box.top, map.top)];
    const [right, bottom] = [Math.min(box.right, map.right), Math.min(box.bottom, map.bottom)];
    return { x: left - map.left, y: top - map.top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  });
}

/**
 * Names that would cross the map's edge, or stand under a control, are left out rather than cut (geo/map-edge-fence.ts).
 * Given as soon as the map has its style, then after each move and resize, and after a new style (which starts
 * without it).
 */
export function useEdgeFence(map: MapLibreMap | null) {
  useEffect(() => {
    if (!map) return;
    const fence = () => {
      const source = map.getSource(EDGE_FENCE_SOURCE) as GeoJSONSource | undefined;
      const container = map.getContainer();
      source?.setData(edgeFence(container.clientWidth, container.clientHeight, coveredBoxes(container), CLEARANCE_SQUARE_PX, (point) => map.unproject(point).toArray()));
    };
    // At once (the map has its style): its first picture is then the fenced one, not names cut and then faded out.
    fence();
    map.on('moveend', fence);
    map.on('resize', fence);
    map.on('style.load', fence);
    return () => {
      map.off('moveend', fence);
      map.off('resize', fence);
      map.off('style.load', fence);
    };
  }, [map]);
}
