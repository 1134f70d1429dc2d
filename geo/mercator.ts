/**
 * Web Mercator exactly as MapLibre draws it: at zoom z the world is 512·2^z CSS px wide. The one module that knows
 * it; the live map's start camera, scene cameras, the SVG renderer, the address's precision and the tests all use
 * it. (Not @math.gl/web-mercator: it would bring @math.gl/core's matrices into the page's script budget for the
 * handful of lines below.)
 */
import type { BBox } from './region';

export const TILE_SIZE = 512;
export const EARTH_RADIUS_M = 6378137;

export interface View { zoom: number; lat: number; lng: number }

/** The world's width in CSS px at this zoom. */
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** [lng, lat] → position in a world 1 unit wide, y growing southwards. */
export function toUnit(lng: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export function fromUnit(x: number, y: number): [lng: number, lat: number] {
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90];
}

/** Where [lng, lat] lands in a `width`×`height` box showing `view` (north up). */
export function projectInBox(view: View, width: number, height: number, [lng, lat]: readonly number[]): { x: number; y: number } {
  const size = worldSize(view.zoom);
  const [cx, cy] = toUnit(view.lng, view.lat);
  const [x, y] = toUnit(lng, lat);
  return { x: width / 2 + (x - cx) * size, y: height / 2 + (y - cy) * size };
}

/** Ground metres one CSS px covers at `lat`. */
export const metresPerPixel = (zoom: number, lat: number) => (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);

export interface Padding { top: number; bottom: number; left: number; right: number }

/**
 * The view that fits `bounds` into a `width`×`height` box inside `padding` (MapLibre's cameraForBounds, north up):
 * the padding is kept clear, so the bounds' centre sits in the middle of what is left.
 */
export function fitBounds(bounds: BBox, width: number, height: number, padding: Padding, minZoom: number, maxZoom: number): View {
  const [x0, y0] = toUnit(bounds[0], bounds[3]);
  const [x1, y1] = toUnit(bounds[2], bounds[1]);
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.log2(Math.min(innerW / (x1 - x0), innerH / (y1 - y0)) / TILE_SIZE)));
  const size = worldSize(zoom);
  // The bounds' centre lies at the middle of the inner box; the view's centre is the box's centre.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / size;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / size;
  const [lng, lat] = fromUnit(cx, cy);
  return { zoom, lat, lng };
}

/**
 * The view MapLibre would show in a `width`×`height` box with maxBounds = `bounds`: zoomed in until the bounds
 * cover the box, then the centre moved so no edge of the bounds shows.
 */
export function constrainView(view: View, width: number, height: number, bounds: BBox): View {
  const [x0, y0] = toUnit(bounds[0], bounds[3]);
  const [x1, y1] = toUnit(bounds[2], bounds[1]);
  const size = Math.max(worldSize(view.zoom), width / (x1 - x0), height / (y1 - y0));
  const halfW = width / 2 / size, halfH = height / 2 / size;
  const [vx, vy] = toUnit(view.lng, view.lat);
  const [lng, lat] = fromUnit(Math.min(Math.max(vx, x0 + halfW), x1 - halfW), Math.min(Math.max(vy, y0 + halfH), y1 - halfH));
  return { zoom: Math.log2(size / TILE_SIZE), lat, lng };
}

/** Decimal places of a coordinate that still move the view by a pixel at this zoom (MapLibre's hash precision). */
export const hashDigits = (zoom: number) => Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(TILE_SIZE / 360 / 0.5)) / Math.LN10));
