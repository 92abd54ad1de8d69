import type { AppContext } from '../context';
import type { Database } from '../db/schema';

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
  /**
   * The record as archived. Without `fullData` a ledger holding ID numbers masks them and leaves out ID-card scans:
   * an archive leaves the office, and only a full one, asked for and recorded, carries them.
   */
  load(ctx: AppContext, id: number, options?: { fullData: boolean }): Promise<ArchivedRecord>;
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
