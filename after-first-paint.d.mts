export const WIDE_WINDOW_MIN_WIDTH: number;
export function scriptsAfterFirstPaint(html: string): string;
