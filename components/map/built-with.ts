import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-layers';
import type { Theme } from '@/geo/style';

/**
 * What each live map's style was last built from. The effects that run once a map has loaded compare against it
 * and leave alone what the map already draws: handing MapLibre an equal style or equal data still makes it reload
 * sources and draw again, which (in software WebGL) delayed the first `idle` by 200–300 ms and added long tasks.
 */
interface BuiltWith { style: string; figures: string }
const builtWith = new WeakMap<MapLibreMap, BuiltWith>();

export const styleKey = (theme: Theme, typeScale: number) => `${theme.name}@${typeScale}`;
export const figuresKey = (figures: FigureLayers) => JSON.stringify([figures.circles, figures.callouts]);

export function noteBuilt(map: MapLibreMap, theme: Theme, typeScale: number, figures: FigureLayers) {
  builtWith.set(map, { style: styleKey(theme, typeScale), figures: figuresKey(figures) });
}

/** True when the map's style already comes from this theme and type scale; otherwise records that it will. */
export function styleIsCurrent(map: MapLibreMap, theme: Theme, typeScale: number): boolean {
  const built = builtWith.get(map);
  if (built?.style === styleKey(theme, typeScale)) return true;
  builtWith.set(map, { figures: built?.figures ?? '', style: styleKey(theme, typeScale) });
  return false;
}

/** True when the map's figure source already holds these figures; otherwise records that it will. */
export function figuresAreCurrent(map: MapLibreMap, figures: FigureLayers): boolean {
  const built = builtWith.get(map);
  if (built?.figures === figuresKey(figures)) return true;
  builtWith.set(map, { style: built?.style ?? '', figures: figuresKey(figures) });
  return false;
}
