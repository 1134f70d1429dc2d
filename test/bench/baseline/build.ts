/**
 * Builds the baseline page into a static folder (never shipped): index.html, main.js (maplibre-gl and the
 * page's few lines, bundled and minified by esbuild), main.css, MapLibre's worker, and the six GeoJSON files
 * copied from geo/data.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BASELINE_SITE = path.join(ROOT, 'test', 'bench', 'results', 'baseline-site');
export const GEO_FILES = ['countries', 'crimea', 'borders', 'cities', 'labels', 'zones'];

export async function buildBaseline(outDir = BASELINE_SITE): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'data'), { recursive: true });
  await build({
    entryPoints: { main: path.join(__dirname, 'main.ts') },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync(path.join(__dirname, 'index.html'), path.join(outDir, 'index.html'));
  copyFileSync(path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-worker.mjs'), path.join(outDir, 'maplibre-gl-worker.mjs'));
  for (const name of GEO_FILES) copyFileSync(path.join(ROOT, 'geo', 'data', `${name}.geojson`), path.join(outDir, 'data', `${name}.geojson`));
  return outDir;
}

if (require.main === module) {
  buildBaseline().then((dir) => console.log(`baseline built in ${path.relative(process.cwd(), dir)}`));
}
