/**
 * Where the Crimea note ("Crimea: occupied by Russia since 2014") hangs: from the middle of the peninsula's outline
 * at its southern tip, over the Black Sea. The SVG renderer finds the same point from the outline it draws
 * (geo/render/map-labels.ts); the live map, which has no outline at hand when its style is made, takes it from here,
 * so the note does not move when the live map takes over from the server-drawn one. test/unit/crimea-note.test.ts
 * checks it against geo/data/crimea.geojson.
 */
export const CRIMEA_NOTE_AT: [lng: number, lat: number] = [34.56, 44.383];

/** The anchor for an outline's bounding box [west, south, east, north]: the middle of its southern edge. */
export const noteAnchorOf = ([west, south, east]: readonly number[]): [number, number] => [(west + east) / 2, south];

/** Its top edge sits this many ems below the anchor (the SVG draws its baseline 1.1 ems below). */
export const CRIMEA_NOTE_GAP_EM = 0.35;

/** The note's widest line, in ems of its type, where the map is wide: one line, as the SVG renderer draws it. */
export const CRIMEA_NOTE_MAX_EM = 40;

/**
 * The live map's widest line for the note in a `mapWidthPx`-wide map at `sizePx` type: one line where it fits,
 * else wrapped (MapLibre balances the lines) to the map's width less a margin, no narrower than 8 ems. At the
 * presenter's type on a phone's stage (390 px) the one line ran off the map's right edge.
 */
export function crimeaNoteMaxEm(mapWidthPx: number, sizePx: number): number {
  return Math.max(8, Math.min(CRIMEA_NOTE_MAX_EM, Math.floor((mapWidthPx - 32) / sizePx)));
}

/**
 * The note's one line ("Crimea: occupied by Russia since 2014"), in ems of Inter at 400, rounded up: the camera
 * keeps room under Crimea for as many lines as the live map wraps it into (test/unit/crimea-note.test.ts measures it).
 */
export const CRIMEA_NOTE_EM = 18.6;

/** How many lines the live map sets the note in, in a map this wide at this type size. */
export const crimeaNoteLines = (mapWidthPx: number, sizePx: number) => Math.ceil(CRIMEA_NOTE_EM / crimeaNoteMaxEm(mapWidthPx, sizePx));
