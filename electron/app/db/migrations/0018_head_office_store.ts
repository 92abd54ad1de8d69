import { sql, type Kysely } from 'kysely';

/**
 * Head office on SQLite keeps its records in the same tables as on PostgreSQL (issue 23): the head-office store's
 * `hq_*` tables, keyed by office code first, by natural keys instead of row ids. The tables are built here as the
 * store's own migration 0001 (headOfficeStore/migrations/0001_office_keyed.ts) builds them — copied, since a
 * migration leans on no other code — and that migration is booked as applied in `hq_migrations`, so the store's
 * later migrations run on this file as on a server. Then every `ho_*` row moves across and the `ho_*` tables go:
 * - an import keeps its content hash as its key; a version points at its import by that hash, not by row id;
 * - a stored file is held once per office that carried it (the bytes stay where they are, by content hash);
 * - imports from before 0016 keep a null period and chain, as they had.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hq_migrations')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

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

  await sql`insert into hq_migrations (version, name, applied_at) values (1, '0001_office_keyed', strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))`.execute(db);

  await sql`insert into hq_imports (office_code, archive_sha256, file_name, office_name, period_label, period_from, period_to, created_at,
      imported_at, counts, full_data, chain_start_id, chain_start_hash, chain_end_id, chain_end_hash)
    select office_code, archive_sha256, file_name, office_name, period_label, period_from, period_to, created_at,
      imported_at, counts, full_data, chain_start_id, chain_start_hash, chain_end_id, chain_end_hash
    from ho_imports order by id`.execute(db);
  await sql`insert into hq_records (office_code, ledger, record_key, content_sha256, office_name, revision, history_count, content, archive_sha256, current)
    select r.office_code, r.ledger, r.record_key, r.content_sha256, r.office_name, r.revision, r.history_count, r.content, i.archive_sha256, r.current
    from ho_records r join ho_imports i on i.id = r.import_id order by r.id`.execute(db);
  // A file is the office's that carried it; first stored_at of the bytes for every office.
  await sql`insert into hq_files (office_code, sha256, size, mime, stored_at)
    select distinct r.office_code, f.sha256, f.size, f.mime, f.stored_at
    from ho_record_files l join ho_records r on r.id = l.ho_record_id join ho_files f on f.sha256 = l.sha256`.execute(db);
  // The old key also held the file's hash: a (version, role, name) twice with two hashes keeps the first.
  await sql`insert or ignore into hq_record_files (office_code, ledger, record_key, content_sha256, role, name, kind, sha256)
    select r.office_code, r.ledger, r.record_key, r.content_sha256, l.role, l.name, l.kind, l.sha256
    from ho_record_files l join ho_records r on r.id = l.ho_record_id order by l.id`.execute(db);
  await sql`insert into hq_statistics (office_code, month, office_name, exported_at, report, archive_sha256)
    select s.office_code, s.month, s.office_name, s.exported_at, s.report, i.archive_sha256
    from ho_statistics s join ho_imports i on i.id = s.import_id order by s.id`.execute(db);
  await sql`insert into hq_office_keys (office_code, public_key, fingerprint, pinned_at, pinned_by)
    select office_code, public_key, fingerprint, pinned_at, pinned_by from ho_office_keys`.execute(db);

  for (const table of ['ho_record_files', 'ho_files', 'ho_statistics', 'ho_records', 'ho_imports', 'ho_office_keys']) {
    await db.schema.dropTable(table).execute();
  }
}
