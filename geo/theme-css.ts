/**
 * app/theme.css, generated from the palette (geo/style.ts) and the callout style (geo/layers.ts) by `npm run geo`;
 * a unit test fails when the committed file differs. It publishes every colour token as a CSS custom property for
 * both themes (the system's, overridden by `data-theme`), and the classes the first-paint SVG is drawn with.
 */
import { CALLOUT } from './layers';
import { COLOUR_TOKENS, cssVar, PRESENTER_TYPE_SCALE, type Theme, themes } from './style';
import { fillClass, strokeClass } from './render/palette';

const declarations = (theme: Theme) =>
  `${COLOUR_TOKENS.map((token) => `${cssVar(token)}: ${theme[token]};`).join(' ')} color-scheme: ${theme.name};`;

const v = (token: Parameters<typeof cssVar>[0]) => `var(${cssVar(token)})`;

/** Where a page's themed element stands: a child of the body. */
const THEMED = '> body > ';

export function themeCss(): string {
  const { solid, projection, size, outlineWidth } = CALLOUT;
  const dash = (d: readonly number[] | null) => (d ? 'dashed' : 'solid');
  return [
    '/* Generated from geo/style.ts and geo/layers.ts by `npm run geo`: edit those, not this file. */',
    // A page's theme chosen in its address (`?theme=`) is on its main element; `:has` carries it to the root, so the
    // page's own background and scroll bars follow (`/sources?theme=dark` on a light system was pale text on white).
    // That element is a child of the body on every page: said so (`> body >`), the browser checks the root again only
    // when the body's children change, not on every change anywhere in the page (each date step's, for one).
    `:root, [data-theme='light'], :root:has(${THEMED}[data-theme='light']) { ${declarations(themes.light)} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']):not(:has(${THEMED}[data-theme='light'])) { ${declarations(themes.dark)} } }`,
    `[data-theme='dark'], :root:has(${THEMED}[data-theme='dark']) { ${declarations(themes.dark)} }`,
    ...COLOUR_TOKENS.map((token) => `.${fillClass(token)} { fill: ${v(token)}; }`),
    ...COLOUR_TOKENS.map((token) => `.${strokeClass(token)} { stroke: ${v(token)}; }`),
    // The live map's callout buttons: the same sizes and colours as the SVG's callouts (geo/render/map-labels.ts).
    `.callout { width: ${size}px; height: ${size}px; border-radius: 50%; border: ${outlineWidth}px ${dash(solid.dash)} ${v(solid.outline)}; `
      + `background: ${v(solid.fill)}; color: ${v(solid.text)}; font-weight: 700; font-size: ${Math.round(size * 0.55)}px; line-height: 1; padding: 0; cursor: pointer; }`,
    `.callout--projection { border: ${outlineWidth}px ${dash(projection.dash)} ${v(projection.outline)}; background: ${v(projection.fill)}; color: ${v(projection.text)}; }`,
    `.presenter .callout { width: ${Math.round(size * PRESENTER_TYPE_SCALE)}px; height: ${Math.round(size * PRESENTER_TYPE_SCALE)}px; font-size: ${Math.round(size * 0.55 * PRESENTER_TYPE_SCALE)}px; }`,
    '',
  ].join('\n');
}
