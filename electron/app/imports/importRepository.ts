import type { Insertable, Kysely } from 'kysely';
import type { Database, ImportRowTable } from '../db/schema';
import { insertRows } from '../db/preparedInsert';

export interface EarlierImport {
  fileName: string;
  importedAt: string;
  row: number;
}

/** When this kind was last imported from a file with this content, if ever. */
export async function findBatch(db: Kysely<Database>, kind: string, fileSha256: string) {
  return db.selectFrom('import_batches').select(['id', 'file_name', 'imported_at']).where('kind', '=', kind).where('file_sha256', '=', fileSha256).executeTakeFirst();
}

/** Every row imported before as `entity`, by its 原编号 and by its fingerprint. */
export async function importedRows(db: Kysely<Database>, entity: string): Promise<{ byOriginal: Map<string, EarlierImport>; byFingerprint: Map<string, EarlierImport> }> {
  const rows = await db
    .selectFrom('import_rows')
    .innerJoin('import_batches', 'import_batches.id', 'import_rows.batch_id')
    .select(['import_rows.original_number', 'import_rows.fingerprint', 'import_rows.row_number', 'import_batches.file_name', 'import_batches.imported_at'])
    .where('import_rows.entity', '=', entity)
    .execute();
  const byOriginal = new Map<string, EarlierImport>();
  const byFingerprint = new Map<string, EarlierImport>();
  for (const row of rows) {
    const earlier = { fileName: row.file_name, importedAt: row.imported_at, row: row.row_number };
    if (row.original_number !== null) byOriginal.set(row.original_number, earlier);
    byFingerprint.set(row.fingerprint, earlier);
  }
  return { byOriginal, byFingerprint };
}

export async function insertBatch(trx: Kysely<Database>, batch: { kind: string; fileSha256: string; fileName: string; sheet: string | null; staffId: number; now: string }): Promise<number> {
  const { id } = await trx
    .insertInto('import_batches')
    .values({
      kind: batch.kind,
      file_sha256: batch.fileSha256,
      file_name: batch.fileName,
      sheet: batch.sheet,
      imported_by: batch.staffId,
      imported_at: batch.now,
      rows_imported: 0,
      rows_skipped: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function finishBatch(trx: Kysely<Database>, id: number, imported: number, skipped: number): Promise<void> {
  await trx.updateTable('import_batches').set({ rows_imported: imported, rows_skipped: skipped }).where('id', '=', id).execute();
}

export async function insertImportRows(trx: Kysely<Database>, rows: Insertable<ImportRowTable>[]): Promise<void> {
  await insertRows(trx, 'import_rows', rows);
}

/** The office's rooms by label (3-1-1502), for rows that name a room. */
export async function roomIdsByLabel(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('rooms').select(['id', 'label']).execute();
  return new Map(rows.map((row) => [row.label, row.id]));
}

/** Staff by name, every one with that name (active or not: old ledgers name people who have left). */
export async function staffIdsByName(db: Kysely<Database>): Promise<Map<string, number[]>> {
  const rows = await db.selectFrom('staff').select(['id', 'name']).orderBy('id').execute();
  const byName = new Map<string, number[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row.id]);
  return byName;
}

export async function departmentIdsByName(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('departments').select(['id', 'name']).execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}
