import type { KeysetPage } from '../../../shared/domain/records';
import type { HeadOfficeOffice, HeadOfficeRecord } from '../../../shared/domain/headOffice/headOffice';
import type { ArchiveHeadline, ArchivedRecord } from '../archive/archiveLedger';
import type { AppContext } from '../context';
import type { LedgerRegistry } from '../ledgers/ledgerRegistry';
import { storeCurrentCounts, storeCurrentRecordsPage, storeOffices, storeVersionCounts } from '../db/headOfficeStore/headOfficeStoreRepository';
import { headOfficeStoreOf } from './headOfficeStoreConfig';

/** The ledger's own headline; a complaint-shaped default for a ledger this version does not know. */
export function headline(ledgers: LedgerRegistry, archived: ArchivedRecord): ArchiveHeadline {
  const own = ledgers.archive(archived.ledger)?.headline;
  if (own) {
    try {
      return own(archived);
    } catch {
      // A record of a shape this version's ledger cannot read falls back to the default below.
    }
  }
  const record = archived.record;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { at: text(record.receivedAt) ?? text(record.createdAt), status: text(record.status), summary: text(record.content)?.slice(0, 60) ?? null };
}

/** 投诉, 报修…: the ledger's Chinese name for the lists, its file name when unknown. */
export const ledgerLabel = (ledgers: LedgerRegistry, ledger: string) => ledgers.archive(ledger)?.label ?? ledger;

/** Every office head office holds archives of, with its current record counts per ledger. */
export async function listHeadOfficeOffices(ctx: AppContext): Promise<HeadOfficeOffice[]> {
  const store = await headOfficeStoreOf(ctx);
  const counts = await storeCurrentCounts(store.db);
  const imports = await storeOffices(store.db);
  return imports.map((row) => {
    const own = counts.filter((count) => count.office_code === row.office_code);
    return {
      code: row.office_code,
      name: row.office_name,
      lastImportAt: row.last,
      counts: Object.fromEntries(own.map((count) => [count.ledger, count.count])),
      ledgerLabels: Object.fromEntries(own.map((count) => [count.ledger, ledgerLabel(ctx.ledgers, count.ledger)])),
    };
  });
}

const countCap = 1000;
type Cursor = [office: string, ledger: string, key: string];

function parseCursor(after: string | null | undefined): Cursor | null {
  if (!after) return null;
  try {
    const cursor = JSON.parse(after) as unknown;
    return Array.isArray(cursor) && cursor.length === 3 && cursor.every((part) => typeof part === 'string') ? (cursor as Cursor) : null;
  } catch {
    return null;
  }
}

/**
 * The current version of every imported record, read-only, filtered by office and ledger, ordered by office,
 * ledger and number (newest first). Paged by key: `after` is the last row of the page before, so a deep page
 * reads one page of the index (hq_records_current); OFFSET only for a page jumped to without its cursor.
 */
export async function listHeadOfficeRecords(
  ctx: AppContext,
  query: { officeCode?: string | undefined; ledger?: string | undefined; after?: string | null | undefined; page: number; pageSize: number },
): Promise<KeysetPage<HeadOfficeRecord>> {
  const cursor = parseCursor(query.after);
  const store = await headOfficeStoreOf(ctx);
  const pageQuery = {
    officeCode: query.officeCode,
    ledger: query.ledger,
    after: cursor,
    offset: !cursor && query.page > 1 ? (query.page - 1) * query.pageSize : 0,
    // One more than the page says whether there is a next.
    limit: query.pageSize + 1,
    countCap,
  };
  const { total, rows } = await storeCurrentRecordsPage(store.db, pageQuery);
  const more = rows.length > query.pageSize;
  const shown = rows.slice(0, query.pageSize);
  const last = shown.at(-1);
  const versions = await storeVersionCounts(store.db, shown);
  return {
    total: Math.min(total, countCap),
    totalIsLowerBound: total > countCap,
    next: more && last ? JSON.stringify([last.office_code, last.ledger, last.record_key]) : null,
    page: query.page,
    pageSize: query.pageSize,
    items: shown.map((row) => {
      const archived = JSON.parse(row.content) as ArchivedRecord;
      return {
        officeCode: row.office_code,
        officeName: row.office_name,
        ledger: row.ledger,
        ledgerLabel: ledgerLabel(ctx.ledgers, row.ledger),
        key: row.record_key,
        revision: row.revision,
        versions: versions.find((v) => v.office_code === row.office_code && v.ledger === row.ledger && v.record_key === row.record_key)?.n ?? 1,
        ...headline(ctx.ledgers, archived),
      };
    }),
  };
}
