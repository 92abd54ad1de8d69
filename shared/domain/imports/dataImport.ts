import { z } from 'zod';

/**
 * Bringing an office's old ledgers in from Excel (.xlsx) or CSV: rooms and owners at set-up, then complaints,
 * repairs, calls and loss declarations. The file is uploaded once, its columns matched to the ledger's fields by
 * their Chinese headers (the user may correct the match), checked row by row without writing anything (试导入),
 * and only a file without a faulty row is imported, all of it in one transaction.
 */

/** What one column of the file may be matched to. */
export interface ImportField {
  key: string;
  /** The header the template writes, and the name the report uses. */
  label: string;
  required: boolean;
  /** What an empty cell (or an unmatched column) means, shown before importing: 按“一般”导入. */
  whenEmpty: string | null;
  /** What the cell accepts, as the template's 填写说明 says it. */
  hint: string;
}

export interface ImportKindInfo {
  kind: string;
  label: string;
  /** Rooms first, at set-up: the ledgers' rows name rooms that must exist. */
  fields: ImportField[];
}

export interface ImportHeader {
  /** 0-based column of the file. */
  index: number;
  /** A, B, … AA as Excel names the column. */
  letter: string;
  text: string;
}

/** Which column of the file feeds each field: field key → 0-based column, null for none. */
export type ImportMapping = Record<string, number | null>;

export interface ImportFileInfo {
  fileId: string;
  fileName: string;
  kind: string;
  sheets: string[];
  sheet: string | null;
  /** The sheet row holding the headers (1-based, as Excel numbers rows); the data starts below it. */
  headerRow: number;
  headers: ImportHeader[];
  /** The suggested match, from the headers' Chinese names. */
  mapping: ImportMapping;
  /** The first data rows as text, for the user to see the match is right. */
  sample: string[][];
  /** Non-empty rows below the header. */
  rowCount: number;
}

export type ImportStep = 'check' | 'import';
export type ImportJobState = 'running' | 'done' | 'failed' | 'cancelled';

/** One finding on one row: an error stops the import; a skip is a row already imported (nothing to do). */
export interface ImportFinding {
  /** The sheet row (1-based, as Excel shows it). */
  row: number;
  /** The column's header as the file writes it, or the field's name; null for the row as a whole. */
  column: string | null;
  level: 'error' | 'skip';
  message: string;
}

export interface ImportCounts {
  /** Non-empty rows read. */
  rows: number;
  /** Rows that import (or, after the import, were imported). */
  ready: number;
  skipped: number;
  failed: number;
}

export interface ImportJob {
  jobId: string;
  step: ImportStep;
  kind: string;
  kindLabel: string;
  fileName: string;
  state: ImportJobState;
  stage: string;
  done: number;
  total: number;
  counts: ImportCounts;
  /** The first findings in row order; `findingCount` says how many there are in all (the report has each). */
  findings: ImportFinding[];
  findingCount: number;
  /** A finished check with rows to import and none failing: the import may start. */
  importable: boolean;
  error: string | null;
}

const fileId = z.string().regex(/^[0-9a-f]{64}\.(xlsx|csv)$/, { error: '文件已失效,请重新选择文件' });
const kind = z.string().min(1).max(40);
const sheet = z.string().trim().min(1).max(100).nullish().transform((value) => value ?? null);

export const importKindInput = z.strictObject({ kind });

export const importUploadInput = z.strictObject({
  fileName: z.string({ error: '请选择文件' }).trim().min(1, { error: '请选择文件' }).max(200),
  // 20 MB: tens of thousands of rows; a larger ledger goes in by year.
  contentBase64: z
    .string()
    .min(1, { error: '文件是空的' })
    .max(28_000_000, { error: '文件超过 20 MB,请按年份分成几个文件导入' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '文件内容无法读取' }),
});

export const importOpenInput = z.strictObject({
  fileId,
  kind,
  sheet,
  /** Omitted: the row whose cells look most like the fields' headers, among the first rows. */
  headerRow: z.number().int().min(1).max(50).nullish(),
});

export const importCheckInput = z.strictObject({
  fileId,
  kind,
  sheet,
  headerRow: z.number().int().min(1).max(50),
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(1000).nullable()),
});

export const importJobInput = z.strictObject({ jobId: z.string().min(1).max(64) });

export interface ImportUpload {
  fileId: string;
  fileName: string;
  size: number;
}
