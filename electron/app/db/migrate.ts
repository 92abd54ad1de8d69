import { sql, type Kysely } from 'kysely';
import { inTransaction } from './transaction';
import { migrations as allMigrations, type Migration } from './migrations';
import type { Database } from './schema';
import { NewerDatabaseError } from './newerDatabase';

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Bring the schema up to date. Each migration and its bookkeeping commit together or not at all
 * (Kysely's SQLite migrator does not wrap DDL in a transaction, so we do). `beforeMigrating` runs once,
 * only when there is something to apply to an existing database: the caller backs the file up there.
 */
export async function migrate(
  db: Kysely<Database>,
  options: { now: () => string; beforeMigrating?: (fromVersion: number) => Promise<void>; migrations?: readonly Migration[] },
): Promise<MigrationReport> {
  const migrations = options.migrations ?? allMigrations;
  const supported = migrations[migrations.length - 1]?.version ?? 0;
  const from = await schemaVersion(db);
  if (from > supported) throw new NewerDatabaseError(from, supported);

  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length > 0 && from > 0) await options.beforeMigrating?.(from);

  for (const migration of pending) {
    await inTransaction(db, async (trx) => {
      // Another process opening the same new folder may have applied it while this one waited for the lock.
      if ((await schemaVersion(trx)) >= migration.version) return;
      await sql`create table if not exists schema_migrations (
        version integer primary key, name text not null, applied_at text not null)`.execute(trx);
      await migration.up(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: options.now() })
        .execute();
      // user_version lives in the file header, so it commits or rolls back with the migration.
      await sql.raw(`pragma user_version = ${migration.version}`).execute(trx);
    });
  }
  return { from, to: Math.max(from, supported), applied: pending.map((migration) => migration.name) };
}

export async function schemaVersion(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  return result.rows[0]?.user_version ?? 0;
}
