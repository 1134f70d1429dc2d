/**
 * Runs before `next build`: every hand-kept data file must validate, or the build stops with messages that
 * name the file, the item and the field. No unsourced number reaches a viewer.
 */
import { CLAIMS_FILE, loadBuildup } from '../load-buildup';
import { loadScenes, SCENES_FILE } from '../load-scenes';
import { DataFileError } from '../schema';

const checks: [string, () => unknown][] = [
  [CLAIMS_FILE, () => loadBuildup()],
  [SCENES_FILE, () => loadScenes()],
];

let failed = false;
for (const [name, check] of checks) {
  try {
    check();
    console.log(`ok  ${name}`);
  } catch (error) {
    failed = true;
    console.error(error instanceof DataFileError ? error.message : `${name}: ${(error as Error).message}`);
  }
}
if (failed) {
  console.error('Data check failed: fix the files above, then build again.');
  process.exit(1);
}
