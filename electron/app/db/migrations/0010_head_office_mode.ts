import { sql, type Kysely } from 'kysely';

/**
 * Head-office mode. A data folder is either one office's own or head office's (`data_folder`, one row, absent
 * until the folder is set up). Head office keeps the archives' PDFs and attachments by content hash
 * (`ho_files`), linked to the record version that carried them (`ho_record_files`), and each office's statistics
 * per month (`ho_statistics`). Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_folder')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('office', 'headOffice')`))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  // A folder in use before this version: an office's if it holds anything an office writes; head office's if it
  // only holds imports; undecided (a fresh folder) otherwise.
  await sql`insert into data_folder (id, kind, decided_at)
    select 1, case
        when exists (select 1 from office) or exists (select 1 from complaints) or exists (select 1 from repairs)
          or exists (select 1 from calls) or exists (select 1 from loss_declarations) then 'office'
        when exists (select 1 from ho_imports) then 'headOffice'
        else 'office' end,
      strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
    where exists (select 1 from office) or exists (select 1 from complaints) or exists (select 1 from repairs)
      or exists (select 1 from calls) or exists (select 1 from loss_declarations) or exists (select 1 from ho_imports)
      or exists (select 1 from staff where password_hash is not null)`.execute(db);

  await db.schema.alterTable('ho_imports').addColumn('full_data', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('ho_files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createTable('ho_record_files')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ho_record_id', 'integer', (c) => c.notNull().references('ho_records.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('print', 'attachment')`))
    /** The print's path in the archive (pdf/complaints/TS-…-R1.pdf) or the attachment's file name. */
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull().references('ho_files.sha256'))
    .addUniqueConstraint('ho_record_files_once', ['ho_record_id', 'role', 'name', 'sha256'])
    .execute();

  await db.schema
    .createTable('ho_statistics')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    /** When the archive carrying it was exported: a later export of the month replaces an earlier one. */
    .addColumn('exported_at', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull().references('ho_imports.id'))
    .addUniqueConstraint('ho_statistics_office_month', ['office_code', 'month'])
    .execute();

  // The read-only list pages by key (office, ledger, number descending), never by OFFSET.
  await sql`create index ho_records_list on ho_records (current, office_code, ledger, record_key desc)`.execute(db);
  await sql`create index ho_records_list_ledger on ho_records (current, ledger, office_code, record_key desc)`.execute(db);
}
