import { sql, type Kysely } from 'kysely';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';

/** One history row as it travels in an archive: names instead of staff ids, and the chain's hashes for provenance. */
export interface ArchivedHistoryRow {
  entity: string;
  entityId: number;
  at: string;
  staffName: string | null;
  action: string;
  summary: string;
  changes: Record<string, [unknown, unknown]> | null;
  revision: number | null;
  reason: string | null;
  prevHash: string | null;
  hash: string | null;
}

export interface ArchivedAttachment {
  /** Where the file sits in the archive: attachments/<sha256>.<ext>. */
  path: string;
  sha256: string;
  mime: string;
  size: number;
  fileName: string;
  kind: string;
  revision: number | null;
  createdAt: string;
}

/**
 * One line of a ledger's NDJSON file: the record as the app shows it, its parts (work orders, revisits…), every
 * history row of the record and its parts, and its attachments. `key` is the record's identity within the office.
 */
export interface ArchivedRecord {
  ledger: string;
  key: string;
  revision: number;
  record: Record<string, unknown>;
  parts: Record<string, unknown[]>;
  history: ArchivedHistoryRow[];
  attachments: ArchivedAttachment[];
}

export interface SheetColumn {
  header: string;
  width?: number;
  /** Personal data: masked in the workbook unless full data was asked for. */
  personal?: 'phone' | 'idNumber';
  value(record: ArchivedRecord): string | number | null;
}

/** One printed PDF of a record (the record's form, its work orders…), rendered at its current revision. */
export interface ArchivePrint {
  path: string;
  render(ctx: AppContext): Promise<Buffer>;
}

/**
 * How a ledger joins archives: declare its tables, the column that places a record in a period, how to load one
 * record with its history, its workbook sheet and its prints. Attachments come with the record (`attachments`).
 */
export interface ArchiveLedger {
  /** File stem and key: ledgers/<name>.ndjson. */
  name: string;
  /** Sheet name and labels: 投诉. */
  label: string;
  tables: readonly (keyof Database)[];
  /** Local ISO text column of the main table placing a record in a month (received_at…). */
  period: { table: keyof Database; column: string };
  load(ctx: AppContext, id: number): Promise<ArchivedRecord>;
  columns: readonly SheetColumn[];
  prints(record: ArchivedRecord): ArchivePrint[];
  /** Head office's read-only list: the record's time, status label and a short excerpt (complaints' by default). */
  headline?(record: ArchivedRecord): ArchiveHeadline;
}

export interface ArchiveHeadline {
  at: string | null;
  status: string | null;
  summary: string | null;
}

const inPeriod = (ledger: ArchiveLedger, period: ArchivePeriod) => {
  const { column } = ledger.period;
  return sql`${sql.ref(column)} >= ${`${period.from}T00:00:00`} and ${sql.ref(column)} <= ${`${period.to}T23:59:59`}`;
};

/** Ids of the ledger's records whose period column falls within the period (both days inclusive). */
export async function idsInPeriod(db: Kysely<Database>, ledger: ArchiveLedger, period: ArchivePeriod): Promise<number[]> {
  const result = await sql<{ id: number }>`select id from ${sql.table(ledger.period.table)} where ${inPeriod(ledger, period)} order by id`.execute(db);
  return result.rows.map((row) => row.id);
}

export async function countInPeriod(db: Kysely<Database>, ledger: ArchiveLedger, period: ArchivePeriod): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(ledger.period.table)} where ${inPeriod(ledger, period)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** The same ids a chunk at a time, each chunk after the last id of the one before (keyset), in id order. */
export async function* idChunksInPeriod(db: Kysely<Database>, ledger: ArchiveLedger, period: ArchivePeriod, size = 200): AsyncGenerator<number[]> {
  for (let after = 0; ; ) {
    const result = await sql<{ id: number }>`select id from ${sql.table(ledger.period.table)}
      where ${inPeriod(ledger, period)} and id > ${after} order by id limit ${size}`.execute(db);
    const ids = result.rows.map((row) => row.id);
    if (ids.length > 0) yield ids;
    if (ids.length < size) return;
    after = ids.at(-1)!;
  }
}

/** The latest YYYY-MM holding a record of the ledger, or null when it has none. */
export async function lastMonthWithRecords(db: Kysely<Database>, ledger: ArchiveLedger): Promise<string | null> {
  const { table, column } = ledger.period;
  const result = await sql<{ month: string | null }>`select substr(max(${sql.ref(column)}), 1, 7) as month from ${sql.table(table)}`.execute(db);
  return result.rows[0]?.month ?? null;
}
