'use client';
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { type CoveredBox, edgeFence } from '@/geo/map-edge-fence';
import { CLEARANCE_SQUARE_PX, EDGE_FENCE_SOURCE } from '@/geo/map-style';
import { MAP_COVER_MOVED } from './map-cover';

/**
 * What stands over the map: MapLibre's controls (credit, scale bar, zoom buttons), the map's key where it stands over
 * it (beside the canvas in the map's box: the dashboard's and embed's, the presenter's at K), and the page's elements
 * that say they cover it (`data-covers-map`: the presenter's scene counter over a phone's stage).
 */
function coveringElements(container: HTMLElement): HTMLElement[] {
  const keys = container.parentElement?.querySelectorAll<HTMLElement>(':scope > .legend') ?? [];
  return [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl'), ...keys, ...document.querySelectorAll<HTMLElement>('[data-covers-map]')];
}

/** The covering elements' boxes, clipped to the map, in its pixels. */
function coveredBoxes(container: HTMLElement, over: HTMLElement[]): CoveredBox[] {
  const map = container.getBoundingClientRect();
  return over.map((element) => {
    const box = element.getBoundingClientRect();
    const [left, top] = [Math.max(box.left, map.left), Math.max(box.top, map.top)];
    const [right, bottom] = [Math.min(box.right, map.right), Math.min(box.bottom, map.bottom)];
    return { x: left - map.left, y: top - map.top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  });
}

/**
 * Names that would cross the map's edge, or stand under a control, are left out rather than cut (geo/map-edge-fence.ts).
 * Given as soon as the map has its style, then after each move and resize, after a new style (which starts without
 * it), when a covering element changes size (the key folded, or grown by a date's entries; gone counts as size 0),
 * and when one says it moved.
 */
export function useEdgeFence(map: MapLibreMap | null) {
  useEffect(() => {
    if (!map) return;
    const watched = new Set<HTMLElement>();
    // Observing an element reports its size once, so each is observed once: the report re-fences, and no loop follows.
    const resized = new ResizeObserver(() => fence());
    const watch = (over: HTMLElement[]) => {
      for (const element of watched) if (!element.isConnected) { resized.unobserve(element); watched.delete(element); }
      for (const element of over) if (!watched.has(element)) { watched.add(element); resized.observe(element); }
    };
    // The fence last given to the source. Giving the same one again is not free: MapLibre reloads the source's tiles
    // and places every name anew, and the observer's first reports and the first move's end repeated it 2–3 times
    // before the first idle.
    let given = '';
    const fence = () => {
      // No source yet: the style is still loading, and its `style.load` gives the fence. Nothing is measured till then:
      // each measure lays the page out at once, and the map's creation had just changed it.
      const source = map.getSource(EDGE_FENCE_SOURCE) as GeoJSONSource | undefined;
      if (!source) return;
      const container = map.getContainer();
      const over = coveringElements(container);
      watch(over);
      const data = edgeFence(container.clientWidth, container.clientHeight, coveredBoxes(container, over), CLEARANCE_SQUARE_PX, (point) => map.unproject(point).toArray());
      const key = JSON.stringify(data);
      if (key === given) return;
      given = key;
      source.setData(data);
    };
    // A new style starts without the fence.
    const restyled = () => {
      given = '';
      fence();
    };
    // At once if the map has its style, else when it has it: its first picture is then the fenced one, not names cut
    // and then faded out.
    fence();
    map.on('moveend', fence);
    map.on('resize', fence);
    map.on('style.load', restyled);
    document.addEventListener(MAP_COVER_MOVED, fence);
    return () => {
      map.off('moveend', fence);
      map.off('resize', fence);
      map.off('style.load', restyled);
      document.removeEventListener(MAP_COVER_MOVED, fence);
      resized.disconnect();
    };
  }, [map]);
}
