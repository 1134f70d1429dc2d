/**
 * Where a city's name may stand beside its dot, in the order tried: right, left, above, below. A city whose name on
 * one side would cross Ukraine's border with Russia or Belarus (`labelAvoid`, written by `npm run geo`:
 * geo/build/city-label-avoid.ts) tries that side last: "Rostov-on-Don" stood left of its dot over Ukraine and the Sea
 * of Azov, "Luhansk" right of its dot in Russia. The SVG renderer (geo/render/map-labels.ts) and the MapLibre style
 * (geo/map-style.ts, as anchors) read this one order; the SVG renderer, which knows where the border is drawn, then
 * also tries any place that would cross it after those that would not.
 */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** The borders a city's name should not cross: Ukraine's with Russia and with Belarus (ids of geo/data/borders.geojson). */
export const NAME_BORDERS: readonly string[] = ['russia-ukraine', 'belarus-ukraine'];
export type LabelAvoid = 'east' | 'west';

const DEFAULT_SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

export const isLabelAvoid = (value: unknown): value is LabelAvoid => value === 'east' || value === 'west';

export function cityLabelSides(avoid: unknown): readonly LabelSide[] {
  if (!isLabelAvoid(avoid)) return DEFAULT_SIDES;
  const last: LabelSide = avoid === 'east' ? 'right' : 'left';
  return [...DEFAULT_SIDES.filter((side) => side !== last), last];
}
