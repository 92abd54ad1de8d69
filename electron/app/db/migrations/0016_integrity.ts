import { sql, type Kysely } from 'kysely';

/**
 * Integrity against a guessed PIN and a forged archive. `sign_in_failures`: each account's consecutive failed
 * sign-ins (they slow the next attempt) and those the manager has not been shown yet. `office_signing_key`: the
 * office's Ed25519 key pair that signs its archives (one row). `ho_office_keys`: head office's pinned public key
 * of each office code (one key per code, one code per key). `ho_imports` keeps the period and the signed chain
 * points of each archive, so the next month's chain can be held to continue it. `archive_exports`: where the chain
 * ended in each archive the office made, so the next period's archive carries the chain on from there. Frozen: never edit after it has
 * shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('staff_id', 'integer', (c) => c.primaryKey().references('staff.id'))
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('unseen', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('office_signing_key')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ho_office_keys')
    .addColumn('office_code', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull().unique())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('pinned_at', 'text', (c) => c.notNull())
    .addColumn('pinned_by', 'integer')
    .execute();
  await db.schema
    .createTable('archive_exports')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('chain_end_id', 'integer', (c) => c.notNull())
    .addColumn('chain_end_hash', 'text', (c) => c.notNull())
    .addColumn('exported_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['period_from', 'period_to', 'chain_start_hash', 'chain_end_hash']) {
    await db.schema.alterTable('ho_imports').addColumn(column, 'text').execute();
  }
  for (const column of ['chain_start_id', 'chain_end_id']) await db.schema.alterTable('ho_imports').addColumn(column, 'integer').execute();
}
