/**
 * npm run data:import [-- --claims FILE --scenes FILE --base N]: loads data files into the store through the same
 * validation as check-data; what is new work on the published data becomes one publication (claims the files leave
 * out stay; store/import-plan.ts). `--base N`: the data version data:export wrote the files from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { claimsFileOf } from '../geo/buildup';
import { CLAIMS_FILE, parseClaimsText } from '../geo/load-buildup';
import { parseScenesText, SCENES_FILE } from '../geo/load-scenes';
import { closeDatabase, database } from '../store/db';
import { ensureStoreTables } from '../store/migrate';
import { readSnapshot } from '../store/snapshot';
import { importData, importLeftWords, importSource } from '../store/write';

async function main() {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: CLAIMS_FILE }, scenes: { type: 'string', default: SCENES_FILE }, base: { type: 'string' } } });
  // The data version the files were written from (data:export says it): the import then takes exactly what they changed.
  const baseVersion = values.base === undefined ? null : Number(values.base);
  if (baseVersion !== null && !(Number.isInteger(baseVersion) && baseVersion >= 1)) throw new Error(`--base must be a data version, a whole number from 1 (got ${JSON.stringify(values.base)})`);
  const name = (file: string) => path.relative(process.cwd(), file) || file;
  const buildup = parseClaimsText(readFileSync(values.claims!, 'utf8'), name(values.claims!));
  const scenes = parseScenesText(readFileSync(values.scenes!, 'utf8'), buildup, name(values.scenes!));
  const handle = await database();
  await ensureStoreTables(handle);
  const base = baseVersion === null ? null : await readSnapshot(handle.db, baseVersion);
  const { version, left } = await importData(handle.db, { id: null, email: 'npm run data:import' }, { file: claimsFileOf(buildup), scenes }, importSource(values.claims!, values.scenes!), base);
  const refused = left.some((l) => l.step.do === 'refuse');
  console.log(version !== null ? `Imported as data version ${version}.` : refused ? 'Nothing imported.' : 'Nothing imported: the store publishes these words already, or later ones.');
  if (left.length) console.log(`Left as published (${left.length}):\n${left.map((l) => `- ${importLeftWords(l)}`).join('\n')}`);
  if (refused && base === null) console.log('If these files were written by data:export, import them with --base <the data version it wrote>: then only what you changed in them is weighed.');
  // A change that was refused is the editor's to make again: the command says it failed.
  if (refused) process.exitCode = 1;
}

main().then(() => closeDatabase()).catch(async (error) => {
  console.error(`data:import: ${(error as Error).message}`);
  await closeDatabase().catch(() => undefined);
  process.exit(1);
});
