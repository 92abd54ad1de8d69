import { z } from 'zod';
import { localDate } from '../fieldSchemas';

/** The month (YYYY-MM) or the date range an archive covers; both ends inclusive, dates in the office's time. */
export const archivePeriodInput = z.union([
  z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' }) }),
  z.strictObject({ from: localDate, to: localDate }),
]);
export type ArchivePeriodInput = z.output<typeof archivePeriodInput>;

const folder = z.string({ error: '请填写保存归档的文件夹' }).trim().min(1, { error: '请填写保存归档的文件夹' }).max(1000);
const archiveFile = z.string({ error: '请填写归档文件的位置' }).trim().min(1, { error: '请填写归档文件的位置' }).max(1000);

export const archiveExportInput = z.strictObject({
  out: folder,
  /** Omitted: the last month that has records. */
  period: archivePeriodInput.optional(),
  /** Unmasked ID numbers and phones in the workbook; recorded in the audit history. */
  fullData: z.boolean().default(false),
});
export const archiveJobInput = z.strictObject({ jobId: z.string().min(1).max(64) });
export const archiveFileInput = z.strictObject({ file: archiveFile });
export const archiveImportInput = z.strictObject({
  files: z.array(archiveFile).min(1, { error: '请选择归档文件' }).max(200),
  /** Fingerprints of office keys confirmed with the office by phone (an office's first archive needs its own). */
  confirmedKeys: z.array(z.string().regex(/^[0-9A-F]{4}(?:-[0-9A-F]{4}){7}$/, { error: '指纹格式不对' })).max(200).default([]),
});

export interface ArchivePeriod {
  from: string;
  to: string;
  /** 2026-11 for a month, else 2026-11-01~2026-11-15. */
  label: string;
}

export type ArchiveJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ArchiveJob {
  jobId: string;
  state: ArchiveJobState;
  stage: string;
  done: number;
  total: number;
  /** The finished archive's path. */
  file: string | null;
  error: string | null;
}

/** What verify found wrong, one line per problem. */
export type ArchiveProblemKind = 'unreadable' | 'unknownFormat' | 'missing' | 'changed' | 'extra' | 'badRecords' | 'unsafeName' | 'signature' | 'chain' | 'tooLarge';
export const archiveProblemLabels: Record<ArchiveProblemKind, string> = {
  unreadable: '无法读取',
  unknownFormat: '未知的格式版本',
  missing: '缺少文件',
  changed: '文件被改动',
  extra: '多出文件',
  badRecords: '记录内容有误',
  unsafeName: '不安全的文件名',
  signature: '签名不符',
  chain: '历史链不连续',
  tooLarge: '超出大小限制',
};

export interface ArchiveProblem {
  kind: ArchiveProblemKind;
  path: string | null;
  message: string;
}

export interface ArchiveSummary {
  formatVersion: number;
  appVersion: string;
  officeName: string;
  officeCode: string;
  period: ArchivePeriod;
  createdAt: string;
  fullData: boolean;
  counts: Record<string, number>;
  /** The fingerprint of the office key that signed the archive (null: unsigned or the signature does not hold). */
  keyFingerprint: string | null;
}

export interface ArchiveVerification {
  file: string;
  ok: boolean;
  /** Present when the manifest could be read. */
  summary: ArchiveSummary | null;
  filesChecked: number;
  problems: ArchiveProblem[];
}

/** The ledgers an archive counts (its manifest keys them by the ledger's name), as the desk calls them. */
export const archivedLedgerLabels: Record<string, string> = {
  complaints: '投诉',
  repairs: '报修',
  calls: '来电',
  inspections: '巡查',
  lossDeclarations: '遗失声明',
  revisits: '回访',
};
