/**
 * Where a figure's numbered callout stands in a map frame. Its anchor is on its circle's rim; near an edge of the map
 * it is pulled inside, so no callout is cut in half. When the anchor lies outside the map but part of the figure's
 * circle shows, the callout stands at the point inside the map nearest its anchor, if that still touches the circle:
 * an export at 1080×1080 drew the 175,000 projection's circle under 169,000–190,000's with its number above the map's
 * top edge, so a circle stood there without its number, and without its source in the image's list.
 */
import type { Feature, Point } from 'geojson';
import type { CalloutProps } from '../figure-layers';
import { CALLOUT } from '../layers';
import type { MapFrame } from './map-frame';

const KM_PER_DEGREE_OF_LATITUDE = 111.195;
const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

/** The callout's radius in the frame's units. */
export const calloutRadius = (frame: MapFrame) => (CALLOUT.size / 2) * frame.typeScale * frame.k;

/** The box a callout's centre may stand in: the map less a callout's radius and a stroke all round. */
export function calloutBounds(frame: MapFrame) {
  const { box, k } = frame;
  const margin = calloutRadius(frame) + k;
  return { x0: box.x + margin, y0: box.y + margin, x1: box.x + box.width - margin, y1: box.y + box.height - margin };
}

/** Where the callout stands (pulled inside the map), or null when nothing of its figure shows on the map. */
export function calloutSpot(frame: MapFrame, callout: Feature<Point, CalloutProps>): [number, number] | null {
  const anchor = frame.projection(callout.geometry.coordinates as [number, number]);
  if (!anchor) return null;
  const { box } = frame;
  const bounds = calloutBounds(frame);
  const spot: [number, number] = [clamp(anchor[0], bounds.x0, bounds.x1), clamp(anchor[1], bounds.y0, bounds.y1)];
  if (anchor[0] >= box.x && anchor[0] <= box.x + box.width && anchor[1] >= box.y && anchor[1] <= box.y + box.height) return spot;
  // The first paint (every step in its CSS) keeps to anchors on the map: the live map that replaces it pans.
  if (frame.stepsInCss || !callout.properties.figure) return null;
  const reach = calloutRadius(frame);
  const touches = frame.data.figures.circles.some((circle) => {
    if (circle.id !== callout.properties.id) return false;
    const centre = frame.projection(circle.centre as [number, number]);
    const rim = frame.projection([circle.centre[0], circle.centre[1] + circle.radiusKm / KM_PER_DEGREE_OF_LATITUDE]);
    if (!centre || !rim) return false;
    return Math.hypot(spot[0] - centre[0], spot[1] - centre[1]) <= Math.hypot(rim[0] - centre[0], rim[1] - centre[1]) + reach;
  });
  return touches ? spot : null;
}
