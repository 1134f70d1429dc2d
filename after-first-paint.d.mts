export const WIDE_WINDOW_MIN_WIDTH: number;
export const LOADER_PATH: string;
export function scriptsAfterFirstPaint(html: string, loaderSrc: string): string;
export function modulePreloads(html: string): string;
