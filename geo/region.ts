/**
 * The part of the world this story covers. Geometry is clipped to REGION_BBOX when built and the live map
 * may not pan past it, so no viewer ever sees a clipped edge.
 */
export type BBox = [west: number, south: number, east: number, north: number];

export const REGION_BBOX: BBox = [11, 40, 50, 61];

/** The camera a first-time viewer gets, and the fallback for a malformed URL hash. */
export const DEFAULT_VIEW = { zoom: 4.6, lat: 49.0, lng: 31.5 } as const;
/** What the live map fits into a window of any shape when the address names no view. */
export const DEFAULT_BOUNDS: BBox = [21, 43.6, 41.5, 56.2];
/**
 * Low enough for the live map to start where the first paint is on a 300 px embed (its 960 px frame scaled by
 * under a third: zoom 4.6 - 1.7), and then a little further out, which the Crimea note's unscaled type needs to fit
 * under the peninsula (geo/crimea-note-view.ts): at 3, phones under 393 px wide started the live map zoomed in past
 * the first paint, with Crimea on the map's foot and its note gone. The region's bounds, not this, stop any window
 * from zooming out past the data.
 */
export const MIN_ZOOM = 2.5;
export const MAX_ZOOM = 9;

export const ROLES = ['ukraine', 'crimea', 'russia', 'belarus', 'eastern-flank', 'neighbour'] as const;
export type Role = (typeof ROLES)[number];

/** NATO's eastern flank as the Bucharest Nine (sources README, "Geography facts"). */
export const EASTERN_FLANK_ISO = ['BGR', 'CZE', 'EST', 'HUN', 'LVA', 'LTU', 'POL', 'ROU', 'SVK'] as const;
export const EASTERN_FLANK_NAMES = ['Bulgaria', 'Czechia', 'Estonia', 'Hungary', 'Latvia', 'Lithuania', 'Poland', 'Romania', 'Slovakia'] as const;

export function roleOf(iso: string): Role {
  if (iso === 'UKR') return 'ukraine';
  if (iso === 'RUS') return 'russia';
  if (iso === 'BLR') return 'belarus';
  if ((EASTERN_FLANK_ISO as readonly string[]).includes(iso)) return 'eastern-flank';
  return 'neighbour';
}
