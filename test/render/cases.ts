/**
 * Render tests as data, in the manner of maplibre-gl-js: a folder per case under test/render/ holding its input
 * (case.json) and the picture it must give (expected.png, or expected.svg for exact bytes). Images are compared
 * with pixelmatch under a threshold; on a mismatch the case's folder gets actual.png and diff.png. `UPDATE=1`
 * writes the expected files from what the code draws now (look at them before committing).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const RENDER_DIR = path.join(process.cwd(), 'test', 'render');
export const UPDATE = process.env.UPDATE === '1';

/** Where each kind of case is drawn: by the export renderer (vitest), or by Chromium (Playwright). */
export type CaseSpec =
  /** GET /api/export's picture for this query, drawn in process (no server). */
  | { surface: 'export'; query: string }
  /** The same, as SVG, compared byte for byte: the renderer is deterministic across processes and machines. */
  | { surface: 'svg'; query: string }
  /** A page's server-drawn map before any script runs, screenshotted in Chromium. */
  | { surface: 'first-paint'; path: string; colorScheme: 'light' | 'dark'; viewport: [number, number] }
  /**
   * The live MapLibre canvas beside the SVG renderer at the same view: fills sampled at the named places agree
   * within `maxDistance`, and what the address hides is hidden on both.
   */
  | {
    surface: 'parity';
    path: string;
    viewport: [number, number];
    samples: { name: string; lngLat: [number, number]; colour?: string }[];
    maxDistance: number;
  };

export interface RenderCase { name: string; dir: string; spec: CaseSpec }

export function loadCases(surfaces: CaseSpec['surface'][]): RenderCase[] {
  return readdirSync(RENDER_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(RENDER_DIR, entry.name, 'case.json')))
    .map((entry) => {
      const dir = path.join(RENDER_DIR, entry.name);
      const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as CaseSpec;
      // An SVG case without format=svg compared a PNG's bytes as text (svg-chart-square-light did, unnoticed).
      if (spec.surface === 'svg' && !new URLSearchParams(spec.query).getAll('format').includes('svg')) {
        throw new Error(`render case "${entry.name}": an svg case's query must ask for format=svg`);
      }
      return { name: entry.name, dir, spec };
    })
    .filter((c) => surfaces.includes(c.spec.surface))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface Tolerance {
  /** pixelmatch's per-pixel colour threshold (0–1). */
  threshold: number;
  /** The share of pixels allowed to differ. */
  maxDiffShare: number;
}

/** resvg with the shipped fonts draws the same pixels everywhere; a browser's software GPU needs some slack. */
export const RESVG: Tolerance = { threshold: 0.1, maxDiffShare: 0.0005 };
export const CHROMIUM: Tolerance = { threshold: 0.15, maxDiffShare: 0.01 };

/** Compares a PNG with the case's expected.png; throws naming the case, the sizes or the share that differs. */
export function expectPngMatches(c: RenderCase, png: Buffer, tolerance: Tolerance): void {
  const expectedFile = path.join(c.dir, 'expected.png');
  const actualFile = path.join(c.dir, 'actual.png');
  const diffFile = path.join(c.dir, 'diff.png');
  rmSync(actualFile, { force: true });
  rmSync(diffFile, { force: true });
  if (UPDATE) {
    writeFileSync(expectedFile, PNG.sync.write(PNG.sync.read(png), { deflateLevel: 9 }));
    return;
  }
  if (!existsSync(expectedFile)) throw new Error(`render case "${c.name}": no expected.png (run with UPDATE=1 to write it)`);
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(expectedFile));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(actualFile, png);
    throw new Error(`render case "${c.name}": the image is ${actual.width}×${actual.height}, expected ${expected.width}×${expected.height}`);
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: tolerance.threshold });
  const share = different / (actual.width * actual.height);
  if (share > tolerance.maxDiffShare) {
    writeFileSync(actualFile, png);
    writeFileSync(diffFile, PNG.sync.write(diff));
    throw new Error(`render case "${c.name}": ${different} pixels (${(share * 100).toFixed(3)}%) differ from expected.png, over ${(tolerance.maxDiffShare * 100).toFixed(3)}%: see ${path.relative(process.cwd(), diffFile)}`);
  }
}

/** Compares text with the case's expected.svg byte for byte (UPDATE=1 writes it). */
export function expectTextMatches(c: RenderCase, text: string): void {
  const expectedFile = path.join(c.dir, 'expected.svg');
  const actualFile = path.join(c.dir, 'actual.svg');
  rmSync(actualFile, { force: true });
  if (UPDATE) {
    writeFileSync(expectedFile, text);
    return;
  }
  if (!existsSync(expectedFile)) throw new Error(`render case "${c.name}": no expected.svg (run with UPDATE=1 to write it)`);
  if (readFileSync(expectedFile, 'utf8') !== text) {
    writeFileSync(actualFile, text);
    throw new Error(`render case "${c.name}": the SVG differs from expected.svg: see ${path.relative(process.cwd(), actualFile)}`);
  }
}
