/**
 * The Inter faces an exported SVG carries inside it (`@font-face` with the files as data): the layout measured its
 * text in Inter, and a machine without Inter drew it in a wider font that ran off the image (the sources column
 * cut at "…7 December 2021" in DejaVu Sans). The same subsets the pages use (public/fonts/, `npm run geo`), and two
 * faces only exports draw: the sources' heading (600) and the seas' names (italic). About 70 KB of a file of 300 KB
 * and more; rasters do not need them (resvg draws with the TTF files of geo/render/fonts.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FONT_DIR = path.join(process.cwd(), 'public', 'fonts');
export type FontFace = readonly [weight: '400' | '600' | '700', style: 'normal' | 'italic'];
/** The pages' faces, preloaded on every page. */
export const PAGE_FONT_FACES: readonly FontFace[] = [['400', 'normal'], ['700', 'normal']];
/** Every face an export draws. */
export const EXPORT_FONT_FACES: readonly FontFace[] = [...PAGE_FONT_FACES, ['600', 'normal'], ['400', 'italic']];
export const fontFile = ([weight, style]: FontFace) => `inter-latin-${weight}-${style}.woff2`;

let style: string | null = null;

/** `<style>` with every export face as data, read once per process. */
export function embeddedFonts(): string {
  style ??= `<style>${EXPORT_FONT_FACES.map((face) => {
    const data = readFileSync(path.join(FONT_DIR, fontFile(face))).toString('base64');
    return `@font-face{font-family:Inter;font-weight:${face[0]};font-style:${face[1]};src:url(data:font/woff2;base64,${data}) format("woff2")}`;
  }).join('')}</style>`;
  return style;
}
