import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { RecordIdentity } from './headOfficeImportRepository';

/** Every office head office holds archives of, by code, with the name its latest import gave it. */
export async function importedOffices(db: Kysely<Database>) {
  return db
    .selectFrom('ho_imports')
    // The bare office_name comes from the latest import's row (SQLite's rule for max()).
    .select(['office_code', 'office_name', (eb) => eb.fn.max('imported_at').as('last')])
    .groupBy('office_code')
    .orderBy('office_code')
    .execute();
}

/** How many current records each office holds per ledger. */
export async function currentRecordCounts(db: Kysely<Database>) {
  return db
    .selectFrom('ho_records')
    .select(['office_code', 'ledger', (eb) => eb.fn.countAll<number>().as('count')])
    .where('current', '=', 1)
    .groupBy(['office_code', 'ledger'])
    .execute();
}

export interface CurrentRecordsQuery {
  officeCode?: string | undefined;
  ledger?: string | undefined;
  /** The last row of the page before (office, ledger, number): the page reads on from it through ho_records_list. */
  after: readonly [office: string, ledger: string, key: string] | null;
  offset: number;
  limit: number;
  /** Counting stops here: a count past it is a lower bound. */
  countCap: number;
}

/** One page of current records by office, ledger and number (newest first), and how many there are up to the cap + 1. */
export async function currentRecordsPage(db: Kysely<Database>, query: CurrentRecordsQuery) {
  let select = db.selectFrom('ho_records').where('current', '=', 1);
  if (query.officeCode) select = select.where('office_code', '=', query.officeCode);
  if (query.ledger) select = select.where('ledger', '=', query.ledger);
  const total = Number(
    (await db.selectFrom(select.select(sql.lit(1).as('one')).limit(query.countCap + 1).as('capped')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  let page = select.selectAll();
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
  return { total, rows };
}

/** How many versions head office holds of each of these records. */
export async function versionCounts(db: Kysely<Database>, records: { office_code: string; ledger: string; record_key: string }[]) {
  if (records.length === 0) return [];
  return db
    .selectFrom('ho_records')
    .select(['office_code', 'ledger', 'record_key', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => eb.or(records.map((row) => eb.and([eb('office_code', '=', row.office_code), eb('ledger', '=', row.ledger), eb('record_key', '=', row.record_key)]))))
    .groupBy(['office_code', 'ledger', 'record_key'])
    .execute();
}

/** Every version of one record with the import that brought it, the current one first, then newest first. */
export async function recordVersions(db: Kysely<Database>, record: RecordIdentity) {
  return db
    .selectFrom('ho_records')
    .innerJoin('ho_imports', 'ho_imports.id', 'ho_records.import_id')
    .select(['ho_records.id', 'ho_records.office_name', 'ho_records.revision', 'ho_records.history_count', 'ho_records.current', 'ho_records.content'])
    .select(['ho_imports.imported_at', 'ho_imports.file_name', 'ho_imports.period_label', 'ho_imports.full_data'])
    .where('ho_records.office_code', '=', record.officeCode)
    .where('ho_records.ledger', '=', record.ledger)
    .where('ho_records.record_key', '=', record.key)
    .orderBy('ho_records.current', 'desc')
    .orderBy('ho_records.revision', 'desc')
    .orderBy('ho_records.history_count', 'desc')
    .execute();
}

/** The files the given versions carried. */
export async function versionFiles(db: Kysely<Database>, versionIds: number[]) {
  return db
    .selectFrom('ho_record_files')
    .innerJoin('ho_files', 'ho_files.sha256', 'ho_record_files.sha256')
    .select(['ho_record_files.ho_record_id', 'ho_record_files.role', 'ho_record_files.name', 'ho_record_files.kind', 'ho_files.sha256', 'ho_files.mime', 'ho_files.size'])
    .where('ho_record_files.ho_record_id', 'in', versionIds)
    .orderBy('ho_record_files.id')
    .execute();
}

/** A stored file's name and type as some record version carried it, if any does. */
export async function carriedFile(db: Kysely<Database>, sha256: string) {
  return db
    .selectFrom('ho_record_files')
    .innerJoin('ho_files', 'ho_files.sha256', 'ho_record_files.sha256')
    .select(['ho_record_files.name', 'ho_files.mime'])
    .where('ho_record_files.sha256', '=', sha256)
    .executeTakeFirst();
}

/** The months some office reported statistics for, newest first. */
export async function statisticsMonths(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('ho_statistics').select('month').distinct().orderBy('month', 'desc').execute()).map((row) => row.month);
}

export async function statisticsOfMonth(db: Kysely<Database>, month: string) {
  return db.selectFrom('ho_statistics').selectAll().where('month', '=', month).execute();
}
