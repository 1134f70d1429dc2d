/**
 * Palette and style tokens, shared by the MapLibre layers (components/map/layers.ts) and the SVG renderer
 * (geo/render), so the live map and every exported image agree. Fills are Okabe–Ito hues lightened for
 * labels to stay readable; test/unit/palette.test.ts checks they stay apart under colour-vision deficiency.
 */
import type { Role } from './region';

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Theme {
  name: ThemeName;
  water: string;
  fill: Record<Role, string>;
  /** Alternate shade inside the flank family, so neighbouring flank countries still read apart. */
  flankAlternate: string;
  countryOutline: string;
  /** Crimea: Ukraine's fill with hatching in the occupier's hue. */
  crimeaHatch: string;
  border: string;
  crimeaLine: string;
  text: string;
  textHalo: string;
  mutedText: string;
  cityDot: string;
  reported: string;
  projected: string;
  panel: string;
  accent: string;
}

export const themes: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    water: '#dce9f2',
    fill: {
      ukraine: '#f3d36b',
      crimea: '#f3d36b',
      russia: '#e9a27e',
      belarus: '#c99ac0',
      'eastern-flank': '#8fc6ea',
      neighbour: '#ebebe6',
    },
    flankAlternate: '#b2d8f2',
    countryOutline: '#ffffff',
    crimeaHatch: '#b8451a',
    border: '#1d1d1d',
    crimeaLine: '#1d1d1d',
    text: '#1a1a1a',
    textHalo: '#ffffff',
    mutedText: '#4a4a4a',
    cityDot: '#1a1a1a',
    reported: '#a3320b',
    projected: '#6b1d00',
    panel: '#ffffff',
    accent: '#0b5cad',
  },
  dark: {
    name: 'dark',
    water: '#0e1a26',
    fill: {
      ukraine: '#b8962c',
      crimea: '#b8962c',
      russia: '#a45636',
      belarus: '#7d4f73',
      'eastern-flank': '#2e6a93',
      neighbour: '#2c3038',
    },
    flankAlternate: '#3c7fab',
    countryOutline: '#0e1a26',
    crimeaHatch: '#f2a27a',
    border: '#f5f5f5',
    crimeaLine: '#f5f5f5',
    text: '#f2f2f2',
    textHalo: '#0e1a26',
    mutedText: '#c8c8c8',
    cityDot: '#f2f2f2',
    reported: '#ff8a5c',
    projected: '#ffc2a6',
    panel: '#131b24',
    accent: '#7cc0ff',
  },
};

/** Stroke widths and sizes in CSS pixels at scale 1; the presenter view multiplies type by `presenterType`. */
export const sizes = {
  border: 2.5,
  crimeaLine: 1.5,
  crimeaLineDash: [3, 2] as [number, number],
  countryOutline: 0.6,
  hatchSpacing: 6,
  hatchWidth: 1.6,
  cityDot: 3,
  cityLabel: 12,
  capitalLabel: 13,
  seaLabel: 13,
  countryLabel: 13,
  callout: 22,
  figureStroke: 2,
  projectionDash: [4, 3] as [number, number],
  presenterType: 1.6,
} as const;

export const FONT_FAMILY = 'Inter';
export const FONT_STACK = `${FONT_FAMILY}, "DejaVu Sans", system-ui, sans-serif`;

export const LEGEND_LABELS: Record<Role, string> = {
  ukraine: 'Ukraine',
  crimea: 'Crimea: Ukrainian, occupied by Russia since 2014',
  russia: 'Russia',
  belarus: 'Belarus',
  'eastern-flank': 'NATO eastern flank (Bucharest Nine)',
  neighbour: 'Other countries',
};

/**
 * Flank countries drawn in the alternate shade. Poland, Czechia and Slovakia touch each other, so two shades
 * cannot keep every pair apart; this choice leaves only Poland–Slovakia in one shade.
 */
export const FLANK_ALTERNATE_ISO = ['CZE', 'HUN', 'LTU', 'EST', 'BGR'] as const;

export const ATTRIBUTION = 'Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)';

export function isTheme(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
