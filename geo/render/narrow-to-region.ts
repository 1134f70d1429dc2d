import type { BBox } from '../region';
import { toUnit, worldSize } from '../mercator';
import type { Box } from './projection';

/**
 * The map's box, narrowed (and centred in it) to the region's width at `zoom` when it is wider. A short, wide box
 * (a square card's map under its legend and sources) otherwise had to zoom in until the region filled its width,
 * which cut off what the picture was asked to show: Crimea's south, at the foot of a 1008 × 445 map.
 */
export function narrowToRegion(box: Box, zoom: number, bounds: BBox): Box {
  const regionWidth = (toUnit(bounds[2], bounds[1])[0] - toUnit(bounds[0], bounds[3])[0]) * worldSize(zoom);
  if (box.width <= regionWidth) return box;
  const width = Math.floor(regionWidth);
  return { ...box, x: box.x + (box.width - width) / 2, width };
}
