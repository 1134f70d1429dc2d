/**
 * A length in percent for a style attribute, to a hundredth of a percent (under a tenth of a pixel on any track or
 * bar here). Whole floating-point digits are incompressible: the date ticks and the spread bars carried 16 of them
 * each, about 0.2 KB of the dashboard's gzipped HTML.
 */
export function cssPercent(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}
