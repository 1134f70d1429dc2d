import 'server-only';
/**
 * The store's tables, created by Kysely's migrator from the migrations below (in name order, each recorded once).
 * On PostgreSQL the migrator runs them in one transaction; on SQLite it does not, so each migration runs inside its
 * own: a migration that fails leaves the database as it was.
 */
import { type Kysely, type Migration, Migrator } from 'kysely';
import { atomic, type Db } from './db';

const migrations = (kind: Db['kind']): Record<string, Migration> => ({
  '0001_revisions': {
    up: (db: Kysely<unknown>) => atomic(db, async (t) => {
      await t.schema.createTable('publication')
        .addColumn('version', 'integer', (c) => (kind === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await t.schema.createTable('revision')
        .addColumn('id', 'integer', (c) => (kind === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('change', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('body', 'text')
        .addColumn('author_id', 'text')
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('data_version', 'integer', (c) => c.references('publication.version'))
        .addUniqueConstraint('revision_kind_key_revision', ['kind', 'key', 'revision'])
        .execute();
      await t.schema.createIndex('revision_data_version').on('revision').column('data_version').execute();
      await t.schema.createTable('store_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await t.schema.createTable('sign_in_failure')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await t.schema.createIndex('sign_in_failure_key').on('sign_in_failure').columns(['key', 'at']).execute();
    }),
  },
  '0002_map_shapes': {
    up: (db: Kysely<unknown>) => atomic(db, async (t) => {
      await t.schema.createTable('map_shapes')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('svg', 'text', (c) => c.notNull())
        .addColumn('kept_at', 'text', (c) => c.notNull())
        .execute();
    }),
  },
});

/** Brings the store's tables to the latest migration; throws (naming the migration) when one fails. */
export async function ensureStoreTables(handle: Db): Promise<void> {
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations(handle.kind) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new Error(`The database (${handle.where}) could not be brought up to date: ${failed} failed (${(error as Error).message}); it was left as it was.`);
  }
}
