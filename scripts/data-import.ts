/**
 * npm run data:import [-- --claims FILE --scenes FILE]: loads data files into the store through the same validation
 * as check-data; what differs from the published data becomes one publication (claims the files leave out stay).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { claimsFileOf } from '../geo/buildup';
import { CLAIMS_FILE, parseClaimsText } from '../geo/load-buildup';
import { parseScenesText, SCENES_FILE } from '../geo/load-scenes';
import { closeDatabase, database } from '../store/db';
import { ensureStoreTables } from '../store/migrate';
import { importData, importLeftWords, importSource } from '../store/write';

async function main() {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: CLAIMS_FILE }, scenes: { type: 'string', default: SCENES_FILE } } });
  const name = (file: string) => path.relative(process.cwd(), file) || file;
  const buildup = parseClaimsText(readFileSync(values.claims!, 'utf8'), name(values.claims!));
  const scenes = parseScenesText(readFileSync(values.scenes!, 'utf8'), buildup, name(values.scenes!));
  const handle = await database();
  await ensureStoreTables(handle);
  const { version, left } = await importData(handle.db, { id: null, email: 'npm run data:import' }, { file: claimsFileOf(buildup), scenes }, importSource(values.claims!, values.scenes!));
  console.log(version === null ? 'Nothing imported: the store publishes these words already, or later ones.' : `Imported as data version ${version}.`);
  if (left.length) console.log(`Left as published (${left.length}):\n${left.map((l) => `- ${importLeftWords(l)}`).join('\n')}`);
  // A change that was refused is the editor's to make again: the command says it failed.
  if (left.some((l) => l.step.do === 'refuse')) process.exitCode = 1;
}

main().then(() => closeDatabase()).catch(async (error) => {
  console.error(`data:import: ${(error as Error).message}`);
  await closeDatabase().catch(() => undefined);
  process.exit(1);
});
