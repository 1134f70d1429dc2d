/**
 * The shown claim link of `root` nearest a tap at (`x`, `y`), within `radius` CSS px: a chart's marks are 8 px across,
 * well under a fingertip. Loaded on the first tap that misses (components/chart/TimeChart.tsx): not in the page's budget.
 */
export function linkNearTap(root: Element, x: number, y: number, radius: number): SVGAElement | null {
  let nearest: SVGAElement | null = null;
  let distance = radius;
  for (const link of root.querySelectorAll<SVGAElement>('a[data-claim]')) {
    const box = link.getBoundingClientRect();
    // A mark of another date is hidden (data-off: display none) and has no box.
    if (box.width === 0 && box.height === 0) continue;
    const d = Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    if (d <= distance) [nearest, distance] = [link, d];
  }
  return nearest;
}
