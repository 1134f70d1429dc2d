/**
 * An SVG file's size for print: at `dpi`, its root's width and height in millimetres, its viewBox still in pixels.
 * In pixels alone a layout program takes 96 (or 72) to the inch, and the A4 preset's 3508 × 2480 was placed 93 cm
 * wide, as a PNG without its pHYs was.
 */
export function withPrintSize(svg: string, dpi: number): string {
  const mm = (px: number) => `${Number(((px / dpi) * 25.4).toFixed(2))}mm`;
  return svg.replace(/^<svg\b[^>]*>/, (open) => open.replace(/ width="(\d+)" height="(\d+)"/, (_, w: string, h: string) => ` width="${mm(Number(w))}" height="${mm(Number(h))}"`));
}
