import type { Kysely } from 'kysely';

/**
 * Head office: archives imported from many offices. Every version of a record ever imported is kept
 * (`ho_records`), keyed by office code, ledger and record number; `current` marks the newest one.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ho_imports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('archive_sha256', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('period_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ho_records')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_key', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('history_count', 'integer', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull().references('ho_imports.id'))
    .addColumn('current', 'integer', (c) => c.notNull())
    .addUniqueConstraint('ho_records_version', ['office_code', 'ledger', 'record_key', 'content_sha256'])
    .execute();
  await db.schema.createIndex('ho_records_current').on('ho_records').columns(['current', 'office_code', 'ledger']).execute();
}
