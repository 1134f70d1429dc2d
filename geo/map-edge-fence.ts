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
 * buttons): the edges with squares of side `squarePx` centred on them, and a line through each box along its longer
 * side with squares as wide as its shorter one, so that no name is placed under it either.
 */
export function edgeFence(width: number, height: number, covered: readonly CoveredBox[], squarePx: number, unproject: (point: [number, number]) => Position): FeatureCollection<LineString, EdgeFenceProps> {
  const line = (points: [number, number][], side: number) => ({
    type: 'Feature' as const, properties: { size: Math.max(1, side / squarePx) }, geometry: { type: 'LineString' as const, coordinates: points.map(unproject) },
  });
  const through = ({ x, y, width: w, height: h }: CoveredBox) => (w >= h
    ? line([[x, y + h / 2], [x + w, y + h / 2]], h)
    : line([[x + w / 2, y], [x + w / 2, y + h]], w));
  return {
    type: 'FeatureCollection',
    features: [line([[0, height], [0, 0], [width, 0], [width, height], [0, height]], squarePx), ...covered.filter((b) => b.width > 0 && b.height > 0).map(through)],
  };
}
