/**
 * The size of the dashboard's live map, in which the address's view is seen: its box, which is narrower than the map
 * area where that is very wide (app/globals.css, geo/widest-map-aspect.ts); null off the dashboard.
 */
export function seenMapBox(): { width: number; height: number } | null {
  const box = document.querySelector<HTMLElement>('.dashboard .map-canvas');
  return box ? { width: box.clientWidth, height: box.clientHeight } : null;
}
