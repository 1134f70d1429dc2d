/**
 * How the SVG renderer writes colours. Exports name them (`fill="#f3d36b"`): resvg and other programs draw them as
 * they are. The page's first paint names tokens instead (`class="bm-f-ukraine"`), which app/theme.css resolves
 * through CSS custom properties, so one SVG follows the viewer's theme (system or chosen) before any script runs.
 */
import { type ColourToken, cssVar, type Theme } from '../tokens';

export interface ColourUse { fill?: ColourToken; stroke?: ColourToken }

export interface Palette {
  /** `fill`/`stroke` attributes, or one `class` attribute, for these colours (plus any extra class names). */
  attrs(use: ColourUse, ...classes: string[]): string;
  /** The colour for contexts that need a value, not an attribute (a pattern's stripes in an export). */
  value(token: ColourToken): string;
}

const classAttr = (names: string[]) => (names.length ? ` class="${names.join(' ')}"` : '');

export function valuePalette(theme: Theme): Palette {
  return {
    attrs(use, ...classes) {
      return `${classAttr(classes)}${use.fill ? ` fill="${theme[use.fill]}"` : ''}${use.stroke ? ` stroke="${theme[use.stroke]}"` : ''}`;
    },
    value: (token) => theme[token],
  };
}

/** Class names for a token's fill and stroke; theme.css defines them. */
export const fillClass = (token: ColourToken) => `bm-f-${token}`;
export const strokeClass = (token: ColourToken) => `bm-s-${token}`;

export const cssPalette: Palette = {
  attrs(use, ...classes) {
    return classAttr([...classes, ...(use.fill ? [fillClass(use.fill)] : []), ...(use.stroke ? [strokeClass(use.stroke)] : [])]);
  },
  value: (token) => `var(${cssVar(token)})`,
};
