/**
 * A city's dot as a MapLibre icon, drawn in code (no image is fetched): a disc of `fill` inside a ring of `stroke`, as
 * the SVG renderer draws `<circle r stroke-width>` (the stroke centred on the edge), antialiased by coverage.
 */
export function cityDotImage(radius: number, strokeWidth: number, fill: string, stroke: string, ratio = 2) {
  const outer = (radius + strokeWidth / 2) * ratio;
  const inner = (radius - strokeWidth / 2) * ratio;
  const size = Math.ceil(outer * 2) + 2;
  const centre = size / 2;
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [fillRgb, strokeRgb] = [parse(fill), parse(stroke)];
  const data = new Uint8Array(size * size * 4);
  const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const coverage = clamp01(outer - d + 0.5);
      if (coverage === 0) continue;
      const fillShare = clamp01(inner - d + 0.5);
      const rgb = fillRgb.map((c, i) => Math.round(c * fillShare + strokeRgb[i] * (1 - fillShare)));
      // Straight alpha: MapLibre premultiplies an added image's pixels itself.
      data.set([...rgb, Math.round(255 * coverage)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data, pixelRatio: ratio };
}
