import { z } from 'zod';
import { paging } from '../fieldSchemas';
import type { HistoryEntry } from '../records';

export interface HeadOfficeImportResult {
  file: string;
  officeCode: string;
  officeName: string;
  period: string;
  /** The very same archive file was imported before: nothing was added. */
  alreadyImported: boolean;
  added: number;
  /** A newer version became current; the older one stays in the history. */
  replaced: number;
  unchanged: number;
  /** An older version than the one already held: kept in the history only. */
  older: number;
}

export const headOfficeListInput = z.strictObject({
  officeCode: z.string().max(20).optional(),
  ledger: z.string().max(40).optional(),
  /** The `next` cursor of the page before (office|ledger|number): pages are read by key, not by OFFSET. */
  after: z.string().max(200).nullish(),
  ...paging,
});

export interface HeadOfficeOffice {
  code: string;
  name: string;
  /** Current records per ledger. */
  counts: Record<string, number>;
  /** The Chinese name of each ledger counted (投诉, 报修…). */
  ledgerLabels: Record<string, string>;
  lastImportAt: string;
}

/** Which record of which office: the identity head office keys imported records by. */
export interface HeadOfficeRecordIdentity {
  officeCode: string;
  officeName: string;
  ledger: string;
  ledgerLabel: string;
  key: string;
  revision: number;
}

export interface HeadOfficeRecord extends HeadOfficeRecordIdentity {
  /** How many versions head office holds of it. */
  versions: number;
  /** From the record: its time, status text and a content excerpt, for the read-only list. */
  at: string | null;
  status: string | null;
  summary: string | null;
}

export const headOfficeRecordInput = z.strictObject({
  officeCode: z.string().min(1).max(20),
  ledger: z.string().min(1).max(40),
  key: z.string().min(1).max(64),
});
export const headOfficeFileInput = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: '文件标识无效' }) });
export const headOfficeStatisticsInput = z.strictObject({
  /** Omitted: the latest month any office's statistics cover. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' }).optional(),
});

/** A file a record version carried: its printed form(s) or an attachment, stored by SHA-256. */
export interface HeadOfficeFile {
  role: 'print' | 'attachment';
  /** The print's name in the archive, or the attachment's file name. */
  name: string;
  kind: string | null;
  sha256: string;
  mime: string;
  size: number;
}

/** One version of an imported record as head office holds it. */
export interface HeadOfficeRecordVersion {
  revision: number;
  historyCount: number;
  current: boolean;
  importedAt: string;
  archiveFile: string;
  period: string;
  files: HeadOfficeFile[];
  /** This version's fields, to compare with the current one. */
  fields: { name: string; value: string }[];
}

/** A history row as the office's archive carried it (no field-level changes: head office shows the summary). */
export type HeadOfficeHistoryRow = Omit<HistoryEntry, 'id' | 'changes'>;

/** The read-only record page: the current version's fields (personal data masked unless exported in full). */
export interface HeadOfficeRecordDetail extends HeadOfficeRecordIdentity {
  fullData: boolean;
  headline: { at: string | null; status: string | null; summary: string | null };
  fields: { name: string; value: string }[];
  parts: { name: string; count: number }[];
  history: HeadOfficeHistoryRow[];
  /** Newest first; the first is the current one. */
  versions: HeadOfficeRecordVersion[];
}

export interface HeadOfficeFileContent {
  fileName: string;
  mime: string;
  contentBase64: string;
}

/** Statistics side by side: for one month, every office a column, every figure a row; null shows as —. */
export interface HeadOfficeStatistics {
  month: string | null;
  /** Months some office's statistics cover, newest first. */
  months: string[];
  offices: { code: string; name: string; exportedAt: string | null }[];
  tables: {
    key: string;
    title: string;
    rows: {
      key: string;
      label: string;
      format: 'count' | 'percent' | 'days';
      /** Per office, in the order of `offices`. */
      values: (number | null)[];
      /** Each office's own previous-period figure, for the change. */
      previous: (number | null)[];
    }[];
  }[];
}

/** An import running in the main process: polled by the page for its progress, cancellable before it is written. */
export interface HeadOfficeImportJob {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  stage: string;
  done: number;
  total: number;
  /** One per archive imported so far, in the order the files were given. */
  results: HeadOfficeImportResult[];
  error: string | null;
  /** Refused as an office's first archive: its key's fingerprint, to confirm with the office and import again. */
  unconfirmedKey: { code: string; name: string; fingerprint: string } | null;
}

/**
 * Where head office keeps its records, chosen at setup: SQLite in the data folder (the default, one PC) or a group's
 * PostgreSQL server by its connection string. Printed forms and scans stay in the data folder's file store either way.
 */
const connectionString = z
  .string()
  .trim()
  .min(1, { error: '请填写 PostgreSQL 的连接字符串' })
  .max(1000, { error: '连接字符串过长' })
  .regex(/^postgres(ql)?:\/\/[^\s]+$/, { error: '连接字符串应形如 postgresql://用户名:密码@服务器:5432/数据库名' })
  .refine(readsAsAddress, { error: '连接字符串格式不对(服务器名、端口或特殊字符有误),应形如 postgresql://用户名:密码@服务器:5432/数据库名' });

/** Whether the string reads as an address with a server in it (the port a number, % escapes whole). */
function readsAsAddress(value: string): boolean {
  try {
    const url = new URL(value);
    decodeURIComponent(url.password);
    decodeURIComponent(url.username);
    return url.hostname !== '';
  } catch {
    return false;
  }
}

export const headOfficeStoreInput = z.discriminatedUnion('dialect', [
  z.strictObject({ dialect: z.literal('sqlite') }),
  z.strictObject({ dialect: z.literal('postgres'), connectionString }),
], { error: '请选择 SQLite(本机)或 PostgreSQL(服务器)' });

/** 测试连接: a connection string tried before it is saved. */
export const headOfficeStoreTestInput = z.strictObject({ connectionString });

export interface HeadOfficeStoreTest {
  /** The server and database reached, the password never shown. */
  server: string;
  serverVersion: string;
}
export type HeadOfficeStoreSetting = z.infer<typeof headOfficeStoreInput>;

export interface HeadOfficeStoreInfo {
  dialect: 'sqlite' | 'postgres';
  /** False until someone chose at setup (SQLite is used meanwhile): head office's first page asks for it. */
  chosen: boolean;
  /** The server and database, the password masked; null for SQLite. */
  server: string | null;
}
