/**
 * Runs before `next build`: every hand-kept data file must validate, or the build stops with messages that
 * name the file, the item and the field. No unsourced number reaches a viewer.
 */
import { CLAIMS_FILE, loadBuildup } from '../load-buildup';
import { loadScenes, SCENES_FILE } from '../load-scenes';
import { DataFileError } from '../schema';

// The scenes are checked against the claims they name: with claims that do not load, their check would only
// repeat the claims' errors under the scenes' name.
const checks: [string, () => unknown, string?][] = [
  [CLAIMS_FILE, () => loadBuildup()],
  [SCENES_FILE, () => loadScenes(), CLAIMS_FILE],
];

let failed = false;
const failedFiles = new Set<string>();
for (const [name, check, needs] of checks) {
  if (needs && failedFiles.has(needs)) {
    console.error(`${name}: not checked: its scenes name claims from ${needs}, which did not load (above).`);
    continue;
  }
  try {
    check();
    console.log(`ok  ${name}`);
  } catch (error) {
    failed = true;
    failedFiles.add(name);
    console.error(error instanceof DataFileError ? error.message : `${name}: ${(error as Error).message}`);
  }
}
if (failed) {
  console.error('Data check failed: fix the files above, then build again.');
  process.exit(1);
}
