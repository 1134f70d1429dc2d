/**
 * For the crash test (test/unit/store-crash.test.ts): seeds a store, then publishes a claim and stops inside the
 * transaction, after everything is written and before it commits, printing "written" and waiting to be killed.
 *   tsx --conditions=react-server test/support/publish-and-hang.ts <database url, or a SQLite file>
 */
import { claimsFileOf } from '../../geo/buildup';
import { loadBuildup } from '../../geo/load-buildup';
import { loadScenes } from '../../geo/load-scenes';
import { openDatabase } from '../../store/db';
import { ensureStoreTables } from '../../store/migrate';
import { importData, saveClaim } from '../../store/write';

async function main() {
  const target = process.argv[2];
  const handle = target.startsWith('postgres') ? await openDatabase(target) : await openDatabase('', target);
  await ensureStoreTables(handle);
  await importData(handle.db, { id: null, email: 'import' }, { file: claimsFileOf(loadBuildup()), scenes: loadScenes() }, 'files');
  // Its own words: us-130k's under another id would be refused as a second claim of one statement.
  const claim = { ...loadBuildup().claims.find((c) => c.id === 'us-130k')!, id: 'crash-test', footnote: undefined, quote: 'A test of a killed publish: more than 130,000 troops.', readings: undefined };
  await saveClaim(handle.db, { id: null, email: 'crash' }, {
    claim, note: 'Published while the process is killed', publish: true,
    beforeCommit: () => new Promise(() => process.stdout.write('written\n')),
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
