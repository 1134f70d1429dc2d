import { fromUnit, type Padding, toUnit, type View, worldSize } from './mercator';
import type { BBox } from './region';

/**
 * The view moved the least distance (at its zoom) that puts `bounds` inside the `width`×`height` box less its
 * `padding`; along an axis where the bounds are larger than that, centred on them. A view that already holds the
 * bounds is returned as it is.
 */
export function keepInView(view: View, width: number, height: number, padding: Padding, bounds: BBox): View {
  const size = worldSize(view.zoom);
  const [cx, cy] = toUnit(view.lng, view.lat);
  const [x0, y0] = toUnit(bounds[0], bounds[3]);
  const [x1, y1] = toUnit(bounds[2], bounds[1]);
  /** The shift (in world units) along one axis that brings [lo, hi] inside the window's [start, end] around `c`. */
  const shift = (c: number, lo: number, hi: number, half: number, before: number, after: number) => {
    const start = c + (before - half) / size, end = c + (half - after) / size;
    if (hi - lo > end - start) return (lo + hi) / 2 - (start + end) / 2;
    if (lo < start) return lo - start;
    if (hi > end) return hi - end;
    return 0;
  };
  const dx = shift(cx, x0, x1, width / 2, padding.left, padding.right);
  const dy = shift(cy, y0, y1, height / 2, padding.top, padding.bottom);
  if (dx === 0 && dy === 0) return view;
  const [lng, lat] = fromUnit(cx + dx, cy + dy);
  return { zoom: view.zoom, lat, lng };
}
