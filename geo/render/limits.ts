/** The export's presets and size checks, shared by the API's parser and the export dialog (no zod in the browser). */
import { LIMITS } from './export-limits';

export { LIMITS };

export const FORMATS = ['png', 'jpeg', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The sizes journalists ask for most, in CSS pixels. `feed`: shown about 500 px wide in a feed, where only large type
 * stays legible: the dialog heads these with the latest figures in large type unless asked not to.
 */
export const EXPORT_PRESETS = [
  { id: 'social-portrait', label: 'Portrait post, 1080 × 1350', width: 1080, height: 1350, feed: true },
  { id: 'square', label: 'Square post, 1080 × 1080', width: 1080, height: 1080, feed: true },
  { id: 'social-card', label: 'Social card, 1200 × 675', width: 1200, height: 675, feed: true },
  // An article's image, 3:2, wide enough for a column at twice its width (Datawrapper's main use; a desk asked for it).
  { id: 'article', label: 'Article image (3:2), 1600 × 1067', width: 1600, height: 1067 },
  { id: 'slide-hd', label: 'Slide, 1920 × 1080', width: 1920, height: 1080 },
  { id: 'slide-4k', label: '4K, 3840 × 2160', width: 3840, height: 2160 },
  // The file says 300 dpi too (PNG pHYs, JPEG JFIF): read as 72, a layout program placed it 124 cm wide.
  { id: 'a4-landscape', label: 'A4 landscape at 300 dpi, 3508 × 2480', width: 3508, height: 2480, dpi: 300 },
] as const;

/** The preset the export dialog starts at, and the picture "Export image" gives before the page's script runs. */
export const DEFAULT_PRESET = EXPORT_PRESETS.find((p) => p.id === 'slide-hd')!;

/** The same checks the API makes, as messages naming the field, so the dialog can say what is wrong first. */
export function sizeProblems(width: number, height: number, scale: number): string[] {
  const problems: string[] = [];
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isInteger(value) || value < LIMITS.minSide || value > LIMITS.maxSide) {
      problems.push(`${name} must be an integer from ${LIMITS.minSide} to ${LIMITS.maxSide}`);
    }
  }
  const megapixels = (width * scale * height * scale) / 1e6;
  if (problems.length === 0 && megapixels > LIMITS.maxMegapixels) {
    problems.push(`width × height × scale² must be at most ${LIMITS.maxMegapixels} megapixels (this is ${megapixels.toFixed(1)})`);
  }
  return problems;
}
