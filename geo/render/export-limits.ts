/**
 * What an export may ask for; shared by the API's parser, the export dialog and the seen-frame parameter. A module of
 * its own so the page's first scripts, which read `frame=` (geo/seen-frame.ts), carry these numbers and not the
 * dialog's presets and checks (geo/render/limits.ts).
 */
export const LIMITS = { minSide: 200, maxSide: 8192, maxScale: 4, maxMegapixels: 40, maxText: 200 } as const;
