/**
 * npm run data:export [-- --claims FILE --scenes FILE]: the published data written back to geo/data/claims.json and
 * scenes.json (the reviewable, git-friendly form), in the files' own layout.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLAIMS_FILE } from '../geo/load-buildup';
import { SCENES_FILE } from '../geo/load-scenes';
import { closeDatabase, database } from '../store/db';
import { ensureStoreTables } from '../store/migrate';
import { readSnapshot } from '../store/snapshot';

async function main() {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: CLAIMS_FILE }, scenes: { type: 'string', default: SCENES_FILE } } });
  const handle = await database();
  await ensureStoreTables(handle);
  const snapshot = await readSnapshot(handle.db);
  // As the file is kept: a claim outside the series has no `series` (the store reads it back as null).
  writeFileSync(values.claims!, `${JSON.stringify(snapshot.file, (key, value: unknown) => (key === 'series' && value === null ? undefined : value), 2)}\n`);
  writeFileSync(values.scenes!, `${JSON.stringify(snapshot.scenes, null, 2)}\n`);
  console.log(`Wrote data version ${snapshot.dataVersion} (${snapshot.file.claims.length} claims) to ${values.claims} and ${values.scenes}.`);
  console.log(`Import your edits of them with: npm run data:import -- --claims ${values.claims} --scenes ${values.scenes} --base ${snapshot.dataVersion}`);
}

main().then(() => closeDatabase()).catch(async (error) => {
  console.error(`data:export: ${(error as Error).message}`);
  await closeDatabase().catch(() => undefined);
  process.exit(1);
});
