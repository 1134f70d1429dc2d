/**
 * Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0), CIELAB ΔE76 and
 * WCAG 2 contrast, all from culori, to check in code that the map's fills stay apart for colour-blind viewers.
 */
import { clampRgb, converter, differenceCie76, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, type Lrgb, wcagContrast } from 'culori';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const FILTERS: Record<Deficiency, ReturnType<typeof filterDeficiencyProt>> = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const toLinear = converter('lrgb');
const deltaE76 = differenceCie76();

/**
 * Machado's matrices act on linear RGB (the R package colorspace, whose tables culori uses, applies them so by
 * default since 2.0-3), but culori's filters apply them to the r, g, b of an 'rgb' colour, which is gamma-encoded
 * sRGB. So the linear values go in labelled 'rgb' and come out read as linear, then clamped to the displayable
 * range. Applied to sRGB directly, the palette's distances would move by up to 7.6 ΔE and a deuteranope's
 * red/green distance from 7.3 to 17.9 (a milder confusion than the model predicts).
 */
function seenAs(hex: string, deficiency: Deficiency | 'none'): Lrgb {
  const linear = toLinear(hex);
  if (!linear) throw new Error(`not a colour: ${JSON.stringify(hex)}`);
  if (deficiency === 'none') return linear;
  const seen = FILTERS[deficiency]({ mode: 'rgb', r: linear.r, g: linear.g, b: linear.b });
  return clampRgb({ mode: 'lrgb', r: seen.r, g: seen.g, b: seen.b });
}

/** Linear RGB as seen with the deficiency (clamped to the displayable range). */
export function simulate(hex: string, deficiency: Deficiency | 'none'): [number, number, number] {
  const { r, g, b } = seenAs(hex, deficiency);
  return [r, g, b];
}

/** CIE76 ΔE (CIELAB, D65) between two colours as a viewer with the deficiency sees them. */
export function perceivedDistance(a: string, b: string, deficiency: Deficiency | 'none'): number {
  return deltaE76(seenAs(a, deficiency), seenAs(b, deficiency));
}

/** WCAG 2 contrast ratio between two hex colours. */
export function contrastRatio(a: string, b: string): number {
  return wcagContrast(a, b);
}
