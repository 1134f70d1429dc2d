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
