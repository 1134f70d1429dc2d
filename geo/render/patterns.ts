/** Hatch fills. Spacing scales with the symbols (`k`) so a large export keeps the live map's look. */
import { sizes, type Theme } from '../style';
import { escapeXml } from './escape-xml';

/** Referenced ids carry a prefix so an SVG inlined into a page cannot clash with the page's own ids. */
export const PATTERN = { crimea: 'bm-crimea-hatch', projection: 'bm-projection-hatch' } as const;

function hatch(id: string, colour: string, spacing: number, width: number, angle: number, opacity = 1): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${spacing}" height="${spacing}" patternTransform="rotate(${angle})">`
    + `<rect width="${width}" height="${spacing}" fill="${escapeXml(colour)}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''}/></pattern>`;
}

export function patternDefs(theme: Theme, k: number): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return hatch(PATTERN.crimea, theme.crimeaHatch, round(sizes.hatchSpacing * k), round(sizes.hatchWidth * k), 45)
    + hatch(PATTERN.projection, theme.projected, round(sizes.hatchSpacing * k), round(sizes.hatchWidth * k * 0.6), -45, 0.55);
}
