/**
 * A d3-geo path context that writes SVG path data at output resolution: vertices closer than `tolerance` px
 * to the line through their neighbours are dropped (Douglas–Peucker), coordinates are rounded to 0.1 px and
 * written relative to the previous vertex, and rings that shrink below a pixel vanish. This is what keeps
 * the map-only SVG small enough to be a first paint.
 */
export class PathWriter {
  private out: string[] = [];
  private ring: number[] = [];

  /** `unit`: the grid coordinates are rounded to (0.1 px for exports; a whole pixel is enough for a first paint). */
  constructor(private readonly tolerance: number, private readonly unit = 0.1) {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring.push(x, y);
  }

  lineTo(x: number, y: number): void {
    this.ring.push(x, y);
  }

  closePath(): void {
    this.flush(true);
  }

  /** d3 calls these for Point geometries and canvas paths; the renderer draws points itself. */
  arc(): void {}
  beginPath(): void {}

  /** The path data written so far, and a fresh start. */
  result(): string {
    this.flush(false);
    const d = this.out.join('');
    this.out = [];
    return d;
  }

  private flush(closed: boolean): void {
    const pts = this.ring;
    this.ring = [];
    if (pts.length < (closed ? 6 : 4)) return;
    if (closed && tooSmall(pts, this.tolerance)) return;
    const keep = simplify(pts, this.tolerance);
    if (keep.length < (closed ? 3 : 2)) return;
    // Grid steps as integers, so relative steps add up exactly to the rounded absolute positions.
    const per = 1 / this.unit;
    const out = (n: number) => Math.round(n * this.unit * 1e6) / 1e6;
    let px = Math.round(pts[keep[0]] * per), py = Math.round(pts[keep[0] + 1] * per);
    let d = `M${out(px)} ${out(py)}`;
    for (let i = 1; i < keep.length; i++) {
      const x = Math.round(pts[keep[i]] * per), y = Math.round(pts[keep[i] + 1] * per);
      if (x === px && y === py) continue;
      d += `l${out(x - px)}${y - py < 0 ? '' : ' '}${out(y - py)}`;
      px = x;
      py = y;
    }
    this.out.push(closed ? `${d}z` : d);
  }
}

function tooSmall(pts: number[], tolerance: number): boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < pts.length; i += 2) {
    minX = Math.min(minX, pts[i]); maxX = Math.max(maxX, pts[i]);
    minY = Math.min(minY, pts[i + 1]); maxY = Math.max(maxY, pts[i + 1]);
  }
  return maxX - minX < 2 * tolerance && maxY - minY < 2 * tolerance;
}

/** Douglas–Peucker over a flat [x0, y0, x1, y1, …] array; returns the kept offsets (even indices), in order. */
function simplify(pts: number[], tolerance: number): number[] {
  const n = pts.length / 2;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const ax = pts[2 * a], ay = pts[2 * a + 1], dx = pts[2 * b] - ax, dy = pts[2 * b + 1] - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1, worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      const px = pts[2 * i] - ax, py = pts[2 * i + 1] - ay;
      // Distance to the segment (to its start when the ends coincide, as they do for a closed ring).
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
      const ex = px - t * dx, ey = py - t * dy;
      const d = ex * ex + ey * ey;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(2 * i);
  return out;
}
