import type { Kysely } from 'kysely';
import type { HeadOfficeStoreDatabase } from './storeSchema';
import { storeMigrations, type StoreMigration } from './migrations';

export type HeadOfficeDialect = 'sqlite' | 'postgres';
export type StoreDb = Kysely<HeadOfficeStoreDatabase>;

/**
 * Where head office keeps what it imported: SQLite (one file in the data folder) or PostgreSQL (a group's
 * server). The queries (headOfficeStoreRepository.ts) are the same for both; what differs — how a write is
 * serialized — lives only in sqliteStore.ts and postgresStore.ts.
 */
export interface HeadOfficeStore {
  readonly dialect: HeadOfficeDialect;
  readonly db: StoreDb;
  /**
   * One transaction holding `locks` (an office code, a signing key): SQLite's BEGIN IMMEDIATE takes the one write
   * lock; PostgreSQL takes a transaction-scoped advisory lock on each name (in sorted order, so two writers never
   * wait for each other crosswise), so writers of other offices run alongside.
   */
  exclusive<T>(locks: string | readonly string[], work: (trx: StoreDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Apply the store's pending migrations, each with its bookkeeping in one transaction; answers the version reached. */
export async function migrateStore(store: HeadOfficeStore, now: () => string, migrations: readonly StoreMigration[] = storeMigrations): Promise<number> {
  for (const migration of migrations) {
    // Under the lock, so two processes opening the same new store apply each migration once.
    await store.exclusive('hq_migrations', async (trx) => {
      await trx.schema
        .createTable('hq_migrations')
        .ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      const applied = await trx.selectFrom('hq_migrations').select('version').where('version', '=', migration.version).executeTakeFirst();
      if (applied) return;
      await migration.up(trx);
      await trx.insertInto('hq_migrations').values({ version: migration.version, name: migration.name, applied_at: now() }).execute();
    });
  }
  return migrations.at(-1)?.version ?? 0;
}
