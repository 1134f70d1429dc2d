/**
 * The names the palette is built from: the themes, the colour tokens, and which token fills each country role. Apart
 * from the colours themselves (geo/style.ts), so that the page's first-paint script (the legend's swatches, the
 * address's ?theme=) carries names, not both themes' values: the colours reach the page through app/theme.css.
 */
import type { Role } from './region';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

export const COLOUR_TOKENS = [
  // The map
  'water', 'ukraine', 'crimea', 'russia', 'belarus', 'flank', 'flankAlternate', 'neighbour',
  'countryOutline', 'crimeaHatch', 'border', 'crimeaLine', 'cityDot', 'reported', 'projected', 'highlight', 'zone',
  // Who counts, on the chart: marks and lines of each series
  'seriesUkraine', 'seriesUs', 'seriesNato', 'seriesOther',
  // Text on the map and on the page
  'text', 'textHalo', 'mutedText',
  // The page around the map
  'bg', 'panel', 'rule', 'accent', 'focus',
] as const;
export type ColourToken = (typeof COLOUR_TOKENS)[number];

export type Theme = { name: ThemeName } & Record<ColourToken, string>;

/** The colour token each country role is filled with. */
export const ROLE_COLOUR: Record<Role, ColourToken> = {
  ukraine: 'ukraine',
  crimea: 'crimea',
  russia: 'russia',
  belarus: 'belarus',
  'eastern-flank': 'flank',
  neighbour: 'neighbour',
};

export function isTheme(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The CSS custom property a colour token is published as (app/theme.css). */
export const cssVar = (token: ColourToken) => `--bm-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
