/**
 * The map engine reaches the page once, as the file the HTML preloads (components/map/engine-files.ts). A runtime
 * import of 'maplibre-gl' anywhere else would make the bundler ship a second copy of it (about 290 KB gzip).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [file] : [];
  });
}

/** Imports of the engine that bring its code (not `import type`), as "file: statement". */
function runtimeEngineImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = [
    ...text.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]maplibre-gl['"]/gm),
    ...text.matchAll(/import\(\s*['"]maplibre-gl['"]\s*\)/g),
    ...text.matchAll(/require\(\s*['"]maplibre-gl['"]\s*\)/g),
  ];
  return statements.map((m) => `${path.relative(ROOT, file)}: ${m[0].trim()}`);
}

test('no module of the app imports the engine except through load-engine.ts', () => {
  const files = ['app', 'components', 'geo'].flatMap((dir) => sources(path.join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(20);
  expect(files.flatMap(runtimeEngineImports)).toEqual([]);
  const engineFile = files.filter((file) => readFileSync(file, 'utf8').includes("'maplibre-gl/dist/maplibre-gl.mjs'"));
  expect(engineFile.map((file) => path.relative(ROOT, file))).toEqual([path.join('components', 'map', 'engine-files.ts')]);
});

test('the check sees a runtime import when there is one', () => {
  const probe = path.join(ROOT, 'test', 'unit', 'fixtures', 'engine-import-probe.txt');
  expect(runtimeEngineImports(probe)).toEqual([
    "test/unit/fixtures/engine-import-probe.txt: import { Map } from 'maplibre-gl'",
    "test/unit/fixtures/engine-import-probe.txt: import('maplibre-gl')",
  ]);
});
