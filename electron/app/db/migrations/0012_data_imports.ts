import { sql, type Kysely } from 'kysely';

/**
 * Old ledgers brought in from Excel or CSV. Each imported file is one batch (its SHA-256 and the kind of records
 * it held); each row that became a record (or a room) is kept with the row it came from, the number the office's
 * ledger gave it (原编号) and a fingerprint of its values, so importing the same file, the same rows in a later
 * copy of the file, or a record under its old number again adds nothing.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sheet', 'text')
    .addColumn('imported_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('rows_imported', 'integer', (c) => c.notNull())
    .addColumn('rows_skipped', 'integer', (c) => c.notNull())
    .addUniqueConstraint('import_batches_once', ['kind', 'file_sha256'])
    .execute();
  await db.schema
    .createTable('import_rows')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('original_number', 'text')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addUniqueConstraint('import_rows_once', ['batch_id', 'row_number'])
    .execute();
  await db.schema.createIndex('import_rows_record').on('import_rows').columns(['entity', 'entity_id']).execute();
  await sql`CREATE UNIQUE INDEX import_rows_original ON import_rows (entity, original_number) WHERE original_number IS NOT NULL`.execute(db);
  await db.schema.createIndex('import_rows_fingerprint').on('import_rows').columns(['entity', 'fingerprint']).unique().execute();
}
