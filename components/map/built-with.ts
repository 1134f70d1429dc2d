import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-layers';
import { calloutPlaces } from '@/geo/map-style';
import type { Theme } from '@/geo/style';

/**
 * What each live map's style was last built from. The effects that run once a map has loaded compare against it
 * and leave alone what the map already draws: handing MapLibre an equal style or equal data still makes it reload
 * sources and draw again, which (in software WebGL) delayed the first `idle` by 200–300 ms and added long tasks.
 */
interface BuiltWith { style: string; figures: string; places: string }
const builtWith = new WeakMap<MapLibreMap, BuiltWith>();

export const styleKey = (theme: Theme, typeScale: number) => `${theme.name}@${typeScale}`;
export const figuresKey = (figures: FigureLayers) => JSON.stringify([figures.circles, figures.callouts]);
const placesKey = (places: FigureLayers['callouts']) => JSON.stringify(places.features.map((f) => f.geometry.coordinates));

/** `calloutZoom`: the zoom the style's callout places were set for (StyleInput), if any. */
export function noteBuilt(map: MapLibreMap, theme: Theme, typeScale: number, figures: FigureLayers, calloutZoom?: number) {
  builtWith.set(map, { style: styleKey(theme, typeScale), figures: figuresKey(figures), places: placesKey(calloutPlaces(figures, typeScale, calloutZoom)) });
}

/** Whether the map's `key` already holds `value`; if not, records that it will. */
function isCurrent(map: MapLibreMap, key: keyof BuiltWith, value: string): boolean {
  const built = builtWith.get(map) ?? { style: '', figures: '', places: '' };
  if (built[key] === value) return true;
  builtWith.set(map, { ...built, [key]: value });
  return false;
}

/** True when the map's style already comes from this theme and type scale; otherwise records that it will. */
export const styleIsCurrent = (map: MapLibreMap, theme: Theme, typeScale: number) => isCurrent(map, 'style', styleKey(theme, typeScale));

/** True when the map's figure source already holds these figures; otherwise records that it will. */
export const figuresAreCurrent = (map: MapLibreMap, figures: FigureLayers) => isCurrent(map, 'figures', figuresKey(figures));

/** True when the callouts' clearance already stands at these places; otherwise records that it will. */
export const placesAreCurrent = (map: MapLibreMap, places: FigureLayers['callouts']) => isCurrent(map, 'places', placesKey(places));
