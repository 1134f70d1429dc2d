/**
 * The live map's edges, and the controls that stand over it, as a fence for its names: MapLibre places a name that
 * crosses the map's edge and the edge cuts it ("Luha" for Luhansk beside the presenter's caption, half of "Black Sea"
 * at the foot), or a name under the credit strip or the zoom buttons, where the SVG renderer draws each name whole and
 * clear or not at all. Lines along the edges and through each control, drawn with invisible squares that names must
 * keep off (as the callouts' clearance), leave those names out instead. MapLibre knows no screen-space geometry, so
 * the lines are given in coordinates, again whenever the view changes. Pure: `unproject` is the map's.
 */
import type { FeatureCollection, LineString, Position } from 'geojson';

export interface EdgeFenceProps {
  /** The squares' size against the clearance square's side (MapLibre's `icon-size`). */
  size: number;
}

/** A box over the map, in CSS px from its top left. */
export interface CoveredBox { x: number; y: number; width: number; height: number }

/**
 * The fence for a map `width` × `height` CSS px with `covered` boxes over it (the credit, the scale bar, the zoom
 * buttons, the key): the edges with squares of side `squarePx` centred on them, and lines through each box along its
 * longer side, so that no name is placed under it either. A thin box has one line, its squares as wide as the box (at
 * least `squarePx`); a deep one (the key) rows of them, each about a square deep: MapLibre keeps a square's anchor
 * half a `squarePx` from the line's ends, so one row of squares as deep as the key stood out past its ends by up to
 * half the key's depth, and left out Moscow beside it.
 */
export function edgeFence(width: number, height: number, covered: readonly CoveredBox[], squarePx: number, unproject: (point: [number, number]) => Position): FeatureCollection<LineString, EdgeFenceProps> {
  const line = (points: [number, number][], side: number) => ({
    type: 'Feature' as const, properties: { size: Math.max(1, side / squarePx) }, geometry: { type: 'LineString' as const, coordinates: points.map(unproject) },
  });
  const through = ({ x, y, width: w, height: h }: CoveredBox) => {
    const depth = Math.min(w, h);
    const rows = Math.max(1, Math.floor(depth / squarePx));
    return Array.from({ length: rows }, (_, row) => {
      const across = (row + 0.5) * (depth / rows);
      return w >= h ? line([[x, y + across], [x + w, y + across]], depth / rows) : line([[x + across, y], [x + across, y + h]], depth / rows);
    });
  };
  return {
    type: 'FeatureCollection',
    features: [line([[0, height], [0, 0], [width, 0], [width, height], [0, height]], squarePx), ...covered.filter((b) => b.width > 0 && b.height > 0).flatMap(through)],
  };
}
