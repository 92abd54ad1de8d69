import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Page } from '../../../shared/domain/records';
import type { HeadOfficeOffice, HeadOfficeRecord } from '../../../shared/domain/headOffice';
import type { ArchiveHeadline, ArchivedRecord } from '../archive/archiveLedger';
import { archiveLedgerNamed } from '../archive/archiveLedgers';

/** The ledger's own headline; a complaint-shaped default for a ledger this version does not know. */
function headline(archived: ArchivedRecord): ArchiveHeadline {
  const own = archiveLedgerNamed(archived.ledger)?.headline;
  if (own) return own(archived);
  const record = archived.record;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { at: text(record.receivedAt) ?? text(record.createdAt), status: text(record.status), summary: text(record.content)?.slice(0, 60) ?? null };
}

/** 投诉, 报修…: the ledger's Chinese name for the lists, its file name when unknown. */
export const ledgerLabel = (ledger: string) => archiveLedgerNamed(ledger)?.label ?? ledger;

/** Every office head office holds archives of, with its current record counts per ledger. */
export async function listHeadOfficeOffices(db: Kysely<Database>): Promise<HeadOfficeOffice[]> {
  const counts = await db
    .selectFrom('ho_records')
    .select(['office_code', 'ledger', (eb) => eb.fn.countAll<number>().as('count')])
    .where('current', '=', 1)
    .groupBy(['office_code', 'ledger'])
    .execute();
  const imports = await db
    .selectFrom('ho_imports')
    .select(['office_code', 'office_name', (eb) => eb.fn.max('imported_at').as('last')])
    .groupBy(['office_code', 'office_name'])
    .orderBy('office_code')
    .execute();
  return imports.map((row) => ({
    code: row.office_code,
    name: row.office_name,
    lastImportAt: row.last,
    counts: Object.fromEntries(counts.filter((count) => count.office_code === row.office_code).map((count) => [count.ledger, Number(count.count)])),
    ledgerLabels: Object.fromEntries(counts.filter((count) => count.office_code === row.office_code).map((count) => [count.ledger, ledgerLabel(count.ledger)])),
  }));
}

/** The current version of every imported record, read-only, filtered by office and ledger. */
export async function listHeadOfficeRecords(
  db: Kysely<Database>,
  query: { officeCode?: string | undefined; ledger?: string | undefined; page: number; pageSize: number },
): Promise<Page<HeadOfficeRecord>> {
  let select = db.selectFrom('ho_records').where('current', '=', 1);
  if (query.officeCode) select = select.where('office_code', '=', query.officeCode);
  if (query.ledger) select = select.where('ledger', '=', query.ledger);
  const total = Number((await select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await select
    .selectAll()
    .orderBy('office_code')
    .orderBy('record_key', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const versions = await db
    .selectFrom('ho_records')
    .select(['office_code', 'ledger', 'record_key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('record_key', 'in', rows.length > 0 ? rows.map((row) => row.record_key) : [''])
    .groupBy(['office_code', 'ledger', 'record_key'])
    .execute();
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((row) => {
      const archived = JSON.parse(row.content) as ArchivedRecord;
      return {
        officeCode: row.office_code,
        officeName: row.office_name,
        ledger: row.ledger,
        ledgerLabel: ledgerLabel(row.ledger),
        key: row.record_key,
        revision: row.revision,
        versions: Number(versions.find((v) => v.office_code === row.office_code && v.ledger === row.ledger && v.record_key === row.record_key)?.n ?? 1),
        ...headline(archived),
      };
    }),
  };
}
