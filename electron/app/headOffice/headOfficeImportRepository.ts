import type { Insertable, Kysely } from 'kysely';
import type { Database, HeadOfficeImportTable, HeadOfficeRecordFileTable, HeadOfficeRecordTable } from '../db/schema';

/** One record of one office, whatever its version: office code, ledger and record number. */
export interface RecordIdentity {
  officeCode: string;
  ledger: string;
  key: string;
}

export async function alreadyImported(db: Kysely<Database>, archiveHash: string): Promise<boolean> {
  return (await db.selectFrom('ho_imports').select('id').where('archive_sha256', '=', archiveHash).executeTakeFirst()) !== undefined;
}

export async function insertImport(trx: Kysely<Database>, row: Insertable<HeadOfficeImportTable>): Promise<number> {
  return (await trx.insertInto('ho_imports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Whether head office holds this very version of the record (same content). */
export async function holdsVersion(db: Kysely<Database>, record: RecordIdentity, contentSha256: string): Promise<boolean> {
  const held = await db
    .selectFrom('ho_records')
    .select('id')
    .where('office_code', '=', record.officeCode)
    .where('ledger', '=', record.ledger)
    .where('record_key', '=', record.key)
    .where('content_sha256', '=', contentSha256)
    .executeTakeFirst();
  return held !== undefined;
}

function versionsOf(trx: Kysely<Database>, record: RecordIdentity) {
  return trx
    .selectFrom('ho_records')
    .select(['id', 'revision', 'history_count', 'content_sha256'])
    .where('office_code', '=', record.officeCode)
    .where('ledger', '=', record.ledger)
    .where('record_key', '=', record.key);
}

export async function findVersionWithContent(trx: Kysely<Database>, record: RecordIdentity, contentSha256: string) {
  return versionsOf(trx, record).where('content_sha256', '=', contentSha256).executeTakeFirst();
}

export async function findCurrentVersion(trx: Kysely<Database>, record: RecordIdentity) {
  return versionsOf(trx, record).where('current', '=', 1).executeTakeFirst();
}

export async function retireVersion(trx: Kysely<Database>, id: number): Promise<void> {
  await trx.updateTable('ho_records').set({ current: 0 }).where('id', '=', id).execute();
}

export async function insertVersion(trx: Kysely<Database>, row: Insertable<HeadOfficeRecordTable>): Promise<number> {
  return (await trx.insertInto('ho_records').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** A file stored once (ho_files), linked to the version that carried it. */
export async function linkVersionFile(
  trx: Kysely<Database>,
  link: Omit<Insertable<HeadOfficeRecordFileTable>, 'id'>,
  file: { size: number; mime: string; storedAt: string },
): Promise<void> {
  await trx
    .insertInto('ho_files')
    .values({ sha256: link.sha256, size: file.size, mime: file.mime, stored_at: file.storedAt })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  await trx.insertInto('ho_record_files').values(link).onConflict((oc) => oc.doNothing()).execute();
}

/** The office's statistics of one month as held, if any. */
export async function findOfficeStatistics(trx: Kysely<Database>, officeCode: string, month: string) {
  return trx.selectFrom('ho_statistics').select(['id', 'exported_at']).where('office_code', '=', officeCode).where('month', '=', month).executeTakeFirst();
}

type StatisticsValues = { office_name: string; exported_at: string; report: string; import_id: number };

export async function insertOfficeStatistics(trx: Kysely<Database>, officeCode: string, month: string, values: StatisticsValues): Promise<void> {
  await trx.insertInto('ho_statistics').values({ office_code: officeCode, month, ...values }).execute();
}

export async function updateOfficeStatistics(trx: Kysely<Database>, id: number, values: StatisticsValues): Promise<void> {
  await trx.updateTable('ho_statistics').set(values).where('id', '=', id).execute();
}

/** The office code whose archives this key signs, and the key pinned for this code. */
export async function pinnedKeys(db: Kysely<Database>, officeCode: string, publicKey: string) {
  const rows = await db
    .selectFrom('ho_office_keys')
    .select(['office_code', 'public_key', 'fingerprint'])
    .where((eb) => eb.or([eb('office_code', '=', officeCode), eb('public_key', '=', publicKey)]))
    .execute();
  return { ofCode: rows.find((row) => row.office_code === officeCode), ofKey: rows.find((row) => row.public_key === publicKey) };
}

export async function pinKey(trx: Kysely<Database>, row: { office_code: string; public_key: string; fingerprint: string; pinned_at: string; pinned_by: number | null }) {
  await trx.insertInto('ho_office_keys').values(row).execute();
}

/** Every earlier import of the office that carried its chain: period and chain ends. */
export async function chainPointsOf(db: Kysely<Database>, officeCode: string) {
  const rows = await db
    .selectFrom('ho_imports')
    .select(['period_label', 'period_from', 'period_to', 'chain_start_id', 'chain_start_hash', 'chain_end_id', 'chain_end_hash'])
    .where('office_code', '=', officeCode)
    .where('chain_end_id', 'is not', null)
    .execute();
  return rows.map((row) => ({
    period: { label: row.period_label, from: row.period_from!, to: row.period_to! },
    start: { id: row.chain_start_id!, hash: row.chain_start_hash! },
    end: { id: row.chain_end_id!, hash: row.chain_end_hash! },
  }));
}
