/**
 * The palette and sizes every surface draws with: the MapLibre style, the SVG renderer (first paint and exports),
 * both legends and the page's own CSS (app/theme.css is generated from this file by `npm run geo`). Fills are
 * Okabe–Ito hues lightened for labels to stay readable; test/unit/palette.test.ts checks they stay apart under
 * colour-vision deficiency.
 */
import type { Theme, ThemeName } from './tokens';

export { COLOUR_TOKENS, cssVar, isTheme, ROLE_COLOUR, THEMES, type ColourToken, type Theme, type ThemeName } from './tokens';

export const themes: Record<ThemeName, Theme> = {
  light: {
    name: 'light',
    water: '#dce9f2',
    ukraine: '#f3d36b',
    crimea: '#f3d36b',
    russia: '#e9a27e',
    belarus: '#c99ac0',
    flank: '#8fc6ea',
    // Alternate shade inside the flank family, so neighbouring flank countries still read apart.
    flankAlternate: '#b2d8f2',
    neighbour: '#ebebe6',
    countryOutline: '#ffffff',
    // Crimea: Ukraine's fill with hatching in the occupier's hue.
    crimeaHatch: '#b8451a',
    border: '#1d1d1d',
    crimeaLine: '#1d1d1d',
    cityDot: '#1a1a1a',
    reported: '#a3320b',
    projected: '#6b1d00',
    // A presenter scene's subject: magenta, a hue nothing else on the map has (its blue read as NATO's flank).
    highlight: '#c0188a',
    // The band of Russia within 200 km of the border, over Russia's fill at the layer's opacity (geo/layers.ts): darker
    // than the reported circles' red, so that the band stands apart from Russia for every kind of colour vision.
    zone: '#8c2a08',
    // Okabe–Ito blue, vermillion and bluish green: apart for every colour vision (palette.test.ts).
    seriesUkraine: '#0072b2',
    seriesUs: '#c85200',
    seriesNato: '#007d5b',
    seriesOther: '#9a4d82',
    text: '#1a1a1a',
    textHalo: '#ffffff',
    mutedText: '#4a4a4a',
    bg: '#f7f7f5',
    panel: '#ffffff',
    rule: '#d9d9d4',
    accent: '#0b5cad',
    focus: '#0b5cad',
  },
  dark: {
    name: 'dark',
    water: '#0e1a26',
    ukraine: '#b8962c',
    crimea: '#b8962c',
    russia: '#a45636',
    belarus: '#7d4f73',
    flank: '#2e6a93',
    flankAlternate: '#3c7fab',
    neighbour: '#2c3038',
    countryOutline: '#0e1a26',
    crimeaHatch: '#f2a27a',
    border: '#f5f5f5',
    crimeaLine: '#f5f5f5',
    cityDot: '#f2f2f2',
    reported: '#ff8a5c',
    projected: '#ffc2a6',
    highlight: '#ff6ec7',
    // Lighter than the reported circles' orange: at their colour the band was hardly told from Russia (ΔE 6–8).
    zone: '#ffd0b8',
    seriesUkraine: '#56b4e9',
    seriesUs: '#f08b3b',
    seriesNato: '#3cc9a0',
    seriesOther: '#d98fc2',
    text: '#f2f2f2',
    textHalo: '#0e1a26',
    mutedText: '#c8c8c8',
    bg: '#0b1118',
    panel: '#131b24',
    rule: '#2c3744',
    accent: '#7cc0ff',
    focus: '#7cc0ff',
  },
};

/**
 * Flank countries drawn in the alternate shade. Poland, Czechia and Slovakia touch each other, so two shades
 * cannot keep every pair apart; this choice leaves only Poland–Slovakia in one shade.
 */
export const FLANK_ALTERNATE_ISO = ['CZE', 'HUN', 'LTU', 'EST', 'BGR'] as const;

/** Label sizes in CSS px at scale 1; the presenter multiplies them by PRESENTER_TYPE_SCALE. */
export const type = {
  cityLabel: 12,
  capitalLabel: 13,
  seaLabel: 13,
  countryLabel: 13,
  callout: 22,
  /** Width of the halo around map labels. */
  halo: 1.5,
} as const;
export const PRESENTER_TYPE_SCALE = 1.6;

export const FONT_FAMILY = 'Inter';
export const FONT_STACK = `${FONT_FAMILY}, "DejaVu Sans", system-ui, sans-serif`;

