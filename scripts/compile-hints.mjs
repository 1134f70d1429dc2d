/**
 * Marks the scripts every page runs as it starts with V8's file-wide compile hint, `//# allFunctionsCalledOnLoad`
 * (Chromium 136 on; other engines read a comment). Without it V8 compiles each of their functions on the main thread
 * the first time it is called, and Turbopack calls every module's factory as the page hydrates: one long task (about
 * 440 ms in Lighthouse's 4× slowed phone here). With it the functions are compiled while the file streams in, off
 * the main thread. Lighthouse mobile went from 83–89 to 94–95 (total blocking time from about 450 to 275 ms).
 * Only the scripts a page starts with (the build's root files and each page's entry files): a chunk loaded later, on
 * demand, runs a few of its functions, and compiling all of them would be wasted work.
 * Run by `npm run build` after `next build` and before scripts/precompress.mjs (which compresses what this writes).
 *   node scripts/compile-hints.mjs [.next]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks named in a client reference manifest's `entryJSFiles` (what a page loads before it hydrates). */
export function entryFilesOf(manifestSource) {
  const files = [];
  for (const match of manifestSource.matchAll(/"entryJSFiles":(\{[^{}]*\})/g)) {
    for (const list of Object.values(JSON.parse(match[1]))) files.push(...list);
  }
  return files;
}

/** A script with the hint in front (once), and its source map's lines moved down by the one line added. */
export function withCompileHint(script, sourceMap) {
  if (script.startsWith(COMPILE_HINT)) return { script, sourceMap };
  const map = sourceMap === undefined ? undefined : JSON.stringify({ ...JSON.parse(sourceMap), mappings: `;${JSON.parse(sourceMap).mappings}` });
  return { script: COMPILE_HINT + script, sourceMap: map };
}

/**
 * The source map a script names in its last `//# sourceMappingURL=` comment, as a path beside it; null when it names
 * none or a data: URL. Turbopack names a chunk's map after the chunk's first hash (`a.js` → `b.js.map`), so the map of
 * `a.js` is not `a.js.map`.
 */
export function sourceMapPathOf(scriptPath, script) {
  const named = script.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
  if (!named || /^[a-z]+:/i.test(named)) return null;
  return path.join(path.dirname(scriptPath), decodeURIComponent(named.split(/[?#]/)[0]));
}

function* manifestsUnder(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* manifestsUnder(file);
    else if (entry.name.endsWith('_client-reference-manifest.js')) yield file;
  }
}

/** Every script a page of this build starts with, as paths under the build folder ("static/chunks/…"). */
export function startupScripts(buildDir) {
  const { rootMainFiles = [] } = JSON.parse(readFileSync(path.join(buildDir, 'build-manifest.json'), 'utf8'));
  const files = new Set(rootMainFiles);
  const appDir = path.join(buildDir, 'server', 'app');
  if (existsSync(appDir)) for (const manifest of manifestsUnder(appDir)) entryFilesOf(readFileSync(manifest, 'utf8')).forEach((f) => files.add(f));
  return [...files].filter((f) => f.endsWith('.js'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const buildDir = process.argv[2] ?? '.next';
  let marked = 0;
  for (const file of startupScripts(buildDir)) {
    const scriptPath = path.join(buildDir, file);
    if (!existsSync(scriptPath)) throw new Error(`compile-hints: ${file} is named by the build's manifests but not in ${buildDir}`);
    const source = readFileSync(scriptPath, 'utf8');
    const mapPath = sourceMapPathOf(scriptPath, source);
    const { script, sourceMap } = withCompileHint(source, mapPath && existsSync(mapPath) ? readFileSync(mapPath, 'utf8') : undefined);
    writeFileSync(scriptPath, script);
    if (mapPath && sourceMap !== undefined) writeFileSync(mapPath, sourceMap);
    marked += 1;
  }
  console.log(`compile-hints: ${marked} startup scripts marked for eager compilation`);
}
