/**
 * The names the place-labels layer draws (geo/data/labels.list.json), by kind, and how each is set: the layer table
 * gives their colour and size (geo/layers.ts), this their case and spacing, for the SVG renderer
 * (geo/render/map-labels.ts) and the MapLibre style (geo/map-style.ts) alike. Countries are spaced capitals, as
 * atlases set them, so that a country's name is not read as a city's.
 */
export const LABEL_KINDS = {
  sea: { caps: false, letterSpacingEm: 0 },
  country: { caps: true, letterSpacingEm: 0.12 },
} as const;

export type LabelKind = keyof typeof LABEL_KINDS;

export const isLabelKind = (kind: unknown): kind is LabelKind => typeof kind === 'string' && Object.hasOwn(LABEL_KINDS, kind);

/** The label's text as drawn. */
export const labelText = (name: string, kind: LabelKind) => (LABEL_KINDS[kind].caps ? name.toLocaleUpperCase('en') : name);

/** How far a name may move off its anchor where it collides, in lines of NAME_LINE_EM, in the order tried. */
export const NAME_SHIFTS = [0, 1, -1, 2] as const;
export const NAME_LINE_EM = 1.3;
