import type { Insertable } from 'kysely';
import type { StoreDb } from './store';
import type { StoreImportTable, StoreRecordFileTable, StoreRecordTable, StoreStatisticsTable } from './storeSchema';

/**
 * Every query of head office's store, in Kysely's query builder only, so the same code runs on SQLite and
 * PostgreSQL. Counts come back as numbers on SQLite and as strings (bigint) from pg: callers take Number().
 */

export interface StoreRecordIdentity {
  officeCode: string;
  ledger: string;
  key: string;
}

/** Record the import; false when this archive is already held (a concurrent import won, or an earlier one). */
export async function claimImport(trx: StoreDb, row: StoreImportTable): Promise<boolean> {
  const inserted = await trx
    .insertInto('hq_imports')
    .values(row)
    .onConflict((oc) => oc.columns(['office_code', 'archive_sha256']).doNothing())
    .returning('archive_sha256')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function heldImport(db: StoreDb, officeCode: string, archiveSha256: string): Promise<boolean> {
  const row = await db.selectFrom('hq_imports').select('archive_sha256').where('office_code', '=', officeCode).where('archive_sha256', '=', archiveSha256).executeTakeFirst();
  return row !== undefined;
}

function versionsOf(db: StoreDb, record: StoreRecordIdentity) {
  return db
    .selectFrom('hq_records')
    .select(['content_sha256', 'revision', 'history_count'])
    .where('office_code', '=', record.officeCode)
    .where('ledger', '=', record.ledger)
    .where('record_key', '=', record.key);
}

export async function holdsStoreVersion(db: StoreDb, record: StoreRecordIdentity, contentSha256: string): Promise<boolean> {
  return (await versionsOf(db, record).where('content_sha256', '=', contentSha256).executeTakeFirst()) !== undefined;
}

export async function currentStoreVersion(db: StoreDb, record: StoreRecordIdentity) {
  return versionsOf(db, record).where('current', '=', 1).executeTakeFirst();
}

export async function retireStoreVersion(trx: StoreDb, record: StoreRecordIdentity, contentSha256: string): Promise<void> {
  await trx
    .updateTable('hq_records')
    .set({ current: 0 })
    .where('office_code', '=', record.officeCode)
    .where('ledger', '=', record.ledger)
    .where('record_key', '=', record.key)
    .where('content_sha256', '=', contentSha256)
    .execute();
}

/** A version of a record; one already held stays as it was (answers false). */
export async function insertStoreVersion(trx: StoreDb, row: Insertable<StoreRecordTable>): Promise<boolean> {
  const inserted = await trx
    .insertInto('hq_records')
    .values(row)
    .onConflict((oc) => oc.columns(['office_code', 'ledger', 'record_key', 'content_sha256']).doNothing())
    .returning('content_sha256')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function linkStoreFile(trx: StoreDb, link: StoreRecordFileTable, file: { size: number; mime: string; storedAt: string }): Promise<void> {
  await trx
    .insertInto('hq_files')
    .values({ office_code: link.office_code, sha256: link.sha256, size: file.size, mime: file.mime, stored_at: file.storedAt })
    .onConflict((oc) => oc.columns(['office_code', 'sha256']).doNothing())
    .execute();
  await trx
    .insertInto('hq_record_files')
    .values(link)
    .onConflict((oc) => oc.columns(['office_code', 'ledger', 'record_key', 'content_sha256', 'role', 'name']).doNothing())
    .execute();
}

export async function storeStatisticsOf(db: StoreDb, officeCode: string, month: string) {
  return db.selectFrom('hq_statistics').select(['exported_at']).where('office_code', '=', officeCode).where('month', '=', month).executeTakeFirst();
}

export async function putStoreStatistics(trx: StoreDb, row: StoreStatisticsTable, replace: boolean): Promise<void> {
  if (replace) {
    const { office_code, month, ...values } = row;
    await trx.updateTable('hq_statistics').set(values).where('office_code', '=', office_code).where('month', '=', month).execute();
  } else {
    await trx.insertInto('hq_statistics').values(row).onConflict((oc) => oc.columns(['office_code', 'month']).doNothing()).execute();
  }
}

/** The office pinned for this code, and whichever office this key is pinned for. */
export async function storePinnedKeys(db: StoreDb, officeCode: string, publicKey: string) {
  const rows = await db
    .selectFrom('hq_office_keys')
    .select(['office_code', 'public_key', 'fingerprint'])
    .where((eb) => eb.or([eb('office_code', '=', officeCode), eb('public_key', '=', publicKey)]))
    .execute();
  return { ofCode: rows.find((row) => row.office_code === officeCode), ofKey: rows.find((row) => row.public_key === publicKey) };
}

export async function pinStoreKey(trx: StoreDb, row: { office_code: string; public_key: string; fingerprint: string; pinned_at: string; pinned_by: number | null }) {
  await trx.insertInto('hq_office_keys').values(row).onConflict((oc) => oc.column('office_code').doNothing()).execute();
}

/** Every office the store holds archives of, with the name of its newest import. */
export async function storeOffices(db: StoreDb) {
  const rows = await db
    .selectFrom('hq_imports')
    .select(['office_code', 'office_name', 'imported_at', 'created_at'])
    .orderBy('office_code')
    .orderBy('created_at', 'desc')
    .execute();
  const offices = new Map<string, { office_code: string; office_name: string; last: string }>();
  for (const row of rows) {
    const known = offices.get(row.office_code);
    if (!known) offices.set(row.office_code, { office_code: row.office_code, office_name: row.office_name, last: row.imported_at });
    else if (row.imported_at > known.last) known.last = row.imported_at;
  }
  return [...offices.values()];
}

/** How many current records each office holds per ledger. */
export async function storeCurrentCounts(db: StoreDb) {
  const rows = await db
    .selectFrom('hq_records')
    .select(['office_code', 'ledger', (eb) => eb.fn.countAll().as('count')])
    .where('current', '=', 1)
    .groupBy(['office_code', 'ledger'])
    .orderBy('office_code')
    .orderBy('ledger')
    .execute();
  return rows.map((row) => ({ office_code: row.office_code, ledger: row.ledger, count: Number(row.count) }));
}

/** One page of one office's current records of one ledger, newest number first, read on from `after`. */
export async function storeRecordsPage(db: StoreDb, query: { officeCode: string; ledger?: string | undefined; after?: string | undefined; limit: number }) {
  let select = db
    .selectFrom('hq_records')
    .select(['office_code', 'office_name', 'ledger', 'record_key', 'revision', 'content'])
    .where('office_code', '=', query.officeCode)
    .where('current', '=', 1);
  if (query.ledger) select = select.where('ledger', '=', query.ledger);
  if (query.after) select = select.where('record_key', '<', query.after);
  return select.orderBy('ledger').orderBy('record_key', 'desc').limit(query.limit).execute();
}

/** The months any office reported statistics for, newest first. */
export async function storeStatisticsMonths(db: StoreDb): Promise<string[]> {
  return (await db.selectFrom('hq_statistics').select('month').distinct().orderBy('month', 'desc').execute()).map((row) => row.month);
}

export async function storeStatisticsOfMonth(db: StoreDb, month: string) {
  return db.selectFrom('hq_statistics').select(['office_code', 'office_name', 'exported_at', 'report']).where('month', '=', month).orderBy('office_code').execute();
}

/** Every earlier import of the office that carried its chain: its period and the ends of the history chain. */
export async function storeChainPoints(db: StoreDb, officeCode: string) {
  const rows = await db
    .selectFrom('hq_imports')
    .select(['period_label', 'period_from', 'period_to', 'chain_start_id', 'chain_start_hash', 'chain_end_id', 'chain_end_hash'])
    .where('office_code', '=', officeCode)
    .where('chain_end_id', 'is not', null)
    .execute();
  return rows.map((row) => ({
    period: { label: row.period_label, from: row.period_from!, to: row.period_to! },
    start: { id: Number(row.chain_start_id), hash: row.chain_start_hash! },
    end: { id: Number(row.chain_end_id), hash: row.chain_end_hash! },
  }));
}

/** One page of current records across offices (or of one), and their count up to the cap + 1. */
export async function storeCurrentRecordsPage(
  db: StoreDb,
  query: { officeCode?: string | undefined; ledger?: string | undefined; after: readonly [string, string, string] | null; offset: number; limit: number; countCap: number },
) {
  let select = db.selectFrom('hq_records').where('current', '=', 1);
  if (query.officeCode) select = select.where('office_code', '=', query.officeCode);
  if (query.ledger) select = select.where('ledger', '=', query.ledger);
  const capped = select.select('office_code').limit(query.countCap + 1).as('capped');
  const total = Number((await db.selectFrom(capped).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  let page = select.select(['office_code', 'office_name', 'ledger', 'record_key', 'revision', 'content']);
  if (query.after) {
    const [office, ledger, key] = query.after;
    page = page.where((eb) =>
      eb.or([
        eb('office_code', '>', office),
        eb.and([eb('office_code', '=', office), eb('ledger', '>', ledger)]),
        eb.and([eb('office_code', '=', office), eb('ledger', '=', ledger), eb('record_key', '<', key)]),
      ]),
    );
  } else if (query.offset > 0) page = page.offset(query.offset);
  const rows = await page.orderBy('office_code').orderBy('ledger').orderBy('record_key', 'desc').limit(query.limit).execute();
  return { total, rows: rows.map((row) => ({ ...row, revision: Number(row.revision) })) };
}

/** How many versions the store holds of each of these records. */
export async function storeVersionCounts(db: StoreDb, records: { office_code: string; ledger: string; record_key: string }[]) {
  if (records.length === 0) return [];
  const rows = await db
    .selectFrom('hq_records')
    .select(['office_code', 'ledger', 'record_key', (eb) => eb.fn.countAll().as('n')])
    .where((eb) => eb.or(records.map((row) => eb.and([eb('office_code', '=', row.office_code), eb('ledger', '=', row.ledger), eb('record_key', '=', row.record_key)]))))
    .groupBy(['office_code', 'ledger', 'record_key'])
    .execute();
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

/** Every version of one record with its import, current first, then newest; `id` is its content hash. */
export async function storeRecordVersions(db: StoreDb, record: StoreRecordIdentity) {
  const rows = await db
    .selectFrom('hq_records')
    .innerJoin('hq_imports', (join) => join.onRef('hq_imports.office_code', '=', 'hq_records.office_code').onRef('hq_imports.archive_sha256', '=', 'hq_records.archive_sha256'))
    .select(['hq_records.content_sha256 as id', 'hq_records.office_name', 'hq_records.revision', 'hq_records.history_count', 'hq_records.current', 'hq_records.content'])
    .select(['hq_imports.imported_at', 'hq_imports.file_name', 'hq_imports.period_label', 'hq_imports.full_data'])
    .where('hq_records.office_code', '=', record.officeCode)
    .where('hq_records.ledger', '=', record.ledger)
    .where('hq_records.record_key', '=', record.key)
    .orderBy('hq_records.current', 'desc')
    .orderBy('hq_records.revision', 'desc')
    .orderBy('hq_records.history_count', 'desc')
    .execute();
  return rows.map((row) => ({ ...row, revision: Number(row.revision), history_count: Number(row.history_count), current: Number(row.current), full_data: Number(row.full_data) }));
}

/** The files those versions (by content hash) of one record carried. */
export async function storeVersionFiles(db: StoreDb, record: StoreRecordIdentity, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  const rows = await db
    .selectFrom('hq_record_files')
    .innerJoin('hq_files', (join) => join.onRef('hq_files.office_code', '=', 'hq_record_files.office_code').onRef('hq_files.sha256', '=', 'hq_record_files.sha256'))
    .select(['hq_record_files.content_sha256 as version_id', 'hq_record_files.role', 'hq_record_files.name', 'hq_record_files.kind', 'hq_files.sha256', 'hq_files.mime', 'hq_files.size'])
    .where('hq_record_files.office_code', '=', record.officeCode)
    .where('hq_record_files.ledger', '=', record.ledger)
    .where('hq_record_files.record_key', '=', record.key)
    .where('hq_record_files.content_sha256', 'in', versionIds)
    .orderBy('hq_record_files.role')
    .orderBy('hq_record_files.name')
    .execute();
  return rows.map((row) => ({ ...row, size: Number(row.size) }));
}

/** A stored file's name and type as some record version of any office carried it. */
export async function storeCarriedFile(db: StoreDb, sha256: string) {
  return db
    .selectFrom('hq_record_files')
    .innerJoin('hq_files', (join) => join.onRef('hq_files.office_code', '=', 'hq_record_files.office_code').onRef('hq_files.sha256', '=', 'hq_record_files.sha256'))
    .select(['hq_record_files.name', 'hq_files.mime'])
    .where('hq_record_files.sha256', '=', sha256)
    .executeTakeFirst();
}
