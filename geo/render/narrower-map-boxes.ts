import { toUnit, worldSize } from '../mercator';
import type { BBox } from '../region';
import type { Box } from './projection';

/** Each box is this share of the asked width narrower than the one before it... */
const STEP = 0.05;
/** ...down to this share of it: a smaller map is no longer the picture's subject. */
const MIN_SHARE = 0.6;

/**
 * Narrower map boxes for a picture whose figures in large type need a wider column beside its map than the map
 * leaves (a square post before 18 February left 120 px each side: the figures were left out). Each box is at the left
 * of `asked`, `width` wide at most, no wider nor taller than the region is at the zoom it shows what was asked for at
 * (`zoomAt`; a taller box would zoom in and cut the region's sides), and centred in `asked`'s height. The widest
 * first, from just under `from`.
 */
export function narrowerMapBoxes(asked: Box, from: number, zoomAt: (box: Box) => number, bounds: BBox): Box[] {
  const [x0, y0] = toUnit(bounds[0], bounds[3]);
  const [x1, y1] = toUnit(bounds[2], bounds[1]);
  const boxes: Box[] = [];
  for (let width = from - STEP * asked.width; width >= MIN_SHARE * asked.width; width -= STEP * asked.width) {
    let box: Box = { ...asked, width: Math.floor(width) };
    // Twice: a shorter box can show what was asked for only further out, where the region is smaller again.
    for (let pass = 0; pass < 2; pass++) {
      const size = worldSize(zoomAt(box));
      const height = Math.min(asked.height, Math.floor((y1 - y0) * size));
      box = { x: asked.x, y: asked.y + (asked.height - height) / 2, width: Math.min(box.width, Math.floor((x1 - x0) * size)), height };
    }
    boxes.push(box);
  }
  return boxes;
}
