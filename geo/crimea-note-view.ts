/**
 * The live map's starting view with room under Crimea for its note ("Crimea: occupied by Russia since 2014"). The
 * start is the server-drawn map's view scaled to the map's box (geo/render/first-paint-zoom.ts), but its type is not
 * scaled: on a phone the note no longer fitted between the peninsula and the map's foot, and the live map, which
 * leaves out a name the edge would cut, left it out. The view is zoomed out about its centre just enough to keep it.
 */
import { CRIMEA_NOTE_AT } from './crimea-note';
import { CLEARANCE_SQUARE_PX } from './map-style';
import { projectInBox } from './mercator';
import { noteRoom } from './scene-camera';
import { MIN_ZOOM } from './region';
import type { View } from './view';

const LABEL_PADDING_PX = 4;

export function viewWithCrimeaNote(view: View, width: number, height: number, labelScale = 1): View {
  const tip = projectInBox(view, width, height, CRIMEA_NOTE_AT);
  // The note's lines, MapLibre's padding round a label's box (2 px) and a pixel or two of rounding, then half a square
  // of the edge fence (components/map/use-edge-fence.ts) above the map's foot: without the padding, a view fitted to
  // the pixel still left the note out.
  const limit = height - noteRoom(labelScale, width) - LABEL_PADDING_PX - CLEARANCE_SQUARE_PX / 2;
  if (tip.y <= limit || tip.y <= height / 2 || tip.x < 0 || tip.x > width) return view;
  const shrink = (limit - height / 2) / (tip.y - height / 2);
  return shrink > 0 ? { ...view, zoom: Math.max(MIN_ZOOM, view.zoom + Math.log2(shrink)) } : view;
}
