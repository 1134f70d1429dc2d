/**
 * The view a viewer is looking at, parsed at the boundary (URL hash and query) into typed values with
 * defaults. The hash uses MapLibre's own form, `#zoom/lat/lng`, so a copied link reopens the same view.
 */
import { hashDigits, type View } from './mercator';
import { DEFAULT_VIEW, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from './region';

export type { View };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Keeps a view inside what the map can show; anything else is not a view at all (null). */
export function normaliseView(zoom: number, lat: number, lng: number): View | null {
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return {
    zoom: clamp(Math.round(zoom * 100) / 100, MIN_ZOOM, MAX_ZOOM),
    lat: clamp(Math.round(lat * 1e4) / 1e4, REGION_BBOX[1], REGION_BBOX[3]),
    lng: clamp(Math.round(lng * 1e4) / 1e4, REGION_BBOX[0], REGION_BBOX[2]),
  };
}

/** `#4.6/49/31.5` → the view; null for a missing, malformed or hostile hash. */
export function readViewHash(hash: string | null | undefined): View | null {
  const parts = (hash ?? '').replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.slice(0, 3).every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lng] = parts.slice(0, 3).map(Number);
  return normaliseView(zoom, lat, lng);
}

/** Like readViewHash, with the default view in place of anything unreadable. */
export const parseViewHash = (hash: string | null | undefined): View => readViewHash(hash) ?? { ...DEFAULT_VIEW };

export function formatViewHash(view: View): string {
  const digits = hashDigits(view.zoom);
  const round = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);
  return `#${round(view.zoom, 2)}/${round(view.lat, digits)}/${round(view.lng, digits)}`;
}

export function sameView(a: View, b: View): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.lng - b.lng) < 1e-4;
}
