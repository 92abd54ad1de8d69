import type { Kysely } from 'kysely';

/**
 * The head-office store's tables, by Kysely's schema builder only, so the one migration serves SQLite and
 * PostgreSQL alike. Office code first in every key and index (distribution by office, see storeSchema.ts).
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hq_imports')
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('archive_sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('period_label', 'text', (c) => c.notNull())
    // Period and chain ends: null only on imports moved from before archives carried them (0016 of the app).
    .addColumn('period_from', 'text')
    .addColumn('period_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('full_data', 'integer', (c) => c.notNull())
    .addColumn('chain_start_id', 'integer')
    .addColumn('chain_start_hash', 'text')
    .addColumn('chain_end_id', 'integer')
    .addColumn('chain_end_hash', 'text')
    .addPrimaryKeyConstraint('hq_imports_pk', ['office_code', 'archive_sha256'])
    .execute();
  await db.schema
    .createTable('hq_records')
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_key', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('history_count', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('archive_sha256', 'text', (c) => c.notNull())
    .addColumn('current', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('hq_records_pk', ['office_code', 'ledger', 'record_key', 'content_sha256'])
    .addForeignKeyConstraint('hq_records_import', ['office_code', 'archive_sha256'], 'hq_imports', ['office_code', 'archive_sha256'])
    .execute();
  // The lists: current records by office, ledger and number (newest first), read in index order, sorting nothing.
  await db.schema.createIndex('hq_records_current').on('hq_records').columns(['office_code', 'current', 'ledger', 'record_key desc']).execute();
  await db.schema
    .createTable('hq_files')
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hq_files_pk', ['office_code', 'sha256'])
    .execute();
  await db.schema
    .createTable('hq_record_files')
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_key', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hq_record_files_pk', ['office_code', 'ledger', 'record_key', 'content_sha256', 'role', 'name'])
    .addForeignKeyConstraint('hq_record_files_version', ['office_code', 'ledger', 'record_key', 'content_sha256'], 'hq_records', [
      'office_code',
      'ledger',
      'record_key',
      'content_sha256',
    ])
    .addForeignKeyConstraint('hq_record_files_file', ['office_code', 'sha256'], 'hq_files', ['office_code', 'sha256'])
    .execute();
  // A file's name and type as some version of the office carried it.
  await db.schema.createIndex('hq_record_files_sha256').on('hq_record_files').columns(['office_code', 'sha256']).execute();
  await db.schema
    .createTable('hq_statistics')
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('exported_at', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('archive_sha256', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hq_statistics_pk', ['office_code', 'month'])
    .execute();
  await db.schema
    .createTable('hq_office_keys')
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('pinned_at', 'text', (c) => c.notNull())
    .addColumn('pinned_by', 'integer')
    // A key is one office's: the import looks it up across offices (a unique index on the key alone could not be
    // distributed by office).
    .addPrimaryKeyConstraint('hq_office_keys_pk', ['office_code'])
    .execute();
}
