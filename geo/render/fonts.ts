/**
 * The Inter files every raster export is drawn with. Only these are loaded (no system fonts), so a PNG looks
 * the same on every machine, and the layout measures text with the very files that will draw it.
 */
import path from 'node:path';

export type FontWeight = 400 | 600 | 700;

const INTER_DIR = () => path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter');

const FILES: Record<FontWeight, string> = {
  400: '400Regular/Inter_400Regular.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
  700: '700Bold/Inter_700Bold.ttf',
};
/** Sea labels are italic; without this file resvg would fall back to upright text. */
const ITALIC = '400Regular_Italic/Inter_400Regular_Italic.ttf';

export const fontFile = (weight: FontWeight) => path.join(INTER_DIR(), FILES[weight]);

export function fontFiles(): string[] {
  return [...(Object.keys(FILES).map((w) => fontFile(Number(w) as FontWeight))), path.join(INTER_DIR(), ITALIC)];
}
