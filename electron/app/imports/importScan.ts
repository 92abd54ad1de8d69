import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import type { ImportCounts, ImportFinding, ImportMapping } from '../../../shared/domain/imports/dataImport';
import { cellText } from './cellReaders';
import type { AnyImportKind, RowProblem } from './importKind';
import { findBatch, importedRows, type EarlierImport } from './importRepository';
import { sheetSource } from './sheetRows';
import type { StagedFile } from './stagedFiles';

/** What to read: which file, as which kind of records, from which sheet and header row, each field from which column. */
export interface ImportPlan {
  file: StagedFile;
  kind: AnyImportKind;
  sheet: string | null;
  headerRow: number;
  mapping: ImportMapping;
}

export interface ScanOptions {
  now: string;
  signal?: AbortSignal;
  /** Rows read so far. */
  onProgress?: (done: number) => void;
  /** Each row that imports, in file order; absent for a check, which writes nothing. */
  onReady?: (ready: ReadyRow) => Promise<void>;
}

export interface ReadyRow {
  row: number;
  record: unknown;
  /** The kind's state for this run, which its write reads. */
  state: unknown;
  at: string;
  originalNumber: string | null;
  fingerprint: string;
}

export interface ScanResult {
  counts: ImportCounts;
  /** Every finding, in row order. */
  findings: ImportFinding[];
}

export class ImportCancelled extends DomainError {
  constructor() {
    super('rule', '已取消,没有导入任何内容');
  }
}

const progressEvery = 250;
const shortDate = (time: string) => time.slice(0, 10);
const earlierText = (earlier: EarlierImport) => `${shortDate(earlier.importedAt)} 从“${earlier.fileName}”第 ${earlier.row} 行`;

/** Every required field has a column, and no column feeds two fields. */
export function checkMapping({ kind, mapping }: Pick<ImportPlan, 'kind' | 'mapping'>): void {
  const fields = Object.keys(kind.columns);
  const unknown = Object.keys(mapping).filter((key) => !fields.includes(key));
  if (unknown.length > 0) throw new DomainError('rule', `没有这些列可对应:${unknown.join('、')}`);
  const missing = fields.filter((key) => kind.columns[key]!.required && (mapping[key] ?? null) === null);
  if (missing.length > 0) {
    throw new DomainError('rule', `还没有为必填的“${missing.map((key) => kind.columns[key]!.label).join('”“')}”选择文件中的列`);
  }
  const used = fields.map((key) => mapping[key] ?? null).filter((index) => index !== null);
  if (new Set(used).size < used.length) throw new DomainError('rule', '文件中的一列只能对应一项,请检查对应关系');
}

/**
 * Read the file's rows below the header and decide each: its cells read by their fields' readers, the row checked
 * by its kind against the office's data, and recognised when it was imported before (the same file, the same
 * 原编号, or the same values) — that row is skipped, not repeated. Two rows of one file that are the same record
 * are a fault of the file. Without `onReady` nothing is written; with it each importing row is handed on in order.
 */
export async function scanFile(db: Kysely<Database>, plan: ImportPlan, options: ScanOptions): Promise<ScanResult> {
  const { kind, mapping } = plan;
  const fields = Object.keys(kind.columns);
  checkMapping(plan);
  const source = sheetSource(plan.file.path);
  let headers = new Map<number, string>();
  const columnName = (field: string | null) => (field === null ? null : (headers.get(mapping[field] ?? -1) ?? kind.columns[field]!.label));
  const state: unknown = await kind.begin(db, options.now);
  const batch = await findBatch(db, kind.kind, plan.file.sha256);
  const earlier = await importedRows(db, kind.entity);
  const seenOriginal = new Map<string, number>();
  const seenValues = new Map<string, number>();
  const counts: ImportCounts = { rows: 0, ready: 0, skipped: 0, failed: 0 };
  const findings: ImportFinding[] = [];
  const find = (row: number, level: ImportFinding['level'], field: string | null, message: string) => findings.push({ row, column: columnName(field), level, message });

  for await (const { row, cells } of source.rows(plan.sheet)) {
    if (row === plan.headerRow) headers = new Map(cells.flatMap((cell, index) => (cell === null ? [] : [[index, cellText(cell).trim()] as const])));
    if (row <= plan.headerRow || cells.every((cell) => cell === null)) continue;
    counts.rows += 1;
    if (counts.rows % progressEvery === 0) {
      if (options.signal?.aborted) throw new ImportCancelled();
      options.onProgress?.(counts.rows);
    }
    if (batch) {
      counts.skipped += 1;
      find(row, 'skip', null, `这个文件已于 ${shortDate(batch.imported_at)} 导入过(当时的文件名“${batch.file_name}”),不再重复导入`);
      continue;
    }
    const values: Record<string, unknown> = {};
    const problems: RowProblem<Record<string, never>>[] = [];
    for (const field of fields) {
      const column = kind.columns[field]!;
      const index = mapping[field];
      const cell = index === null || index === undefined ? null : (cells[index] ?? null);
      if (cell === null) {
        if (column.required) problems.push({ field, message: `${column.label}没有填写` });
        continue;
      }
      const read = column.read(cell);
      if (read.ok) values[field] = read.value;
      else problems.push({ field, message: read.message });
    }
    const outcome = problems.length > 0 ? { problems } : kind.check(values, state);
    if ('problems' in outcome) {
      counts.failed += 1;
      for (const problem of outcome.problems) find(row, 'error', problem.field as string | null, problem.message);
      continue;
    }
    if ('skip' in outcome) {
      counts.skipped += 1;
      find(row, 'skip', null, outcome.skip);
      continue;
    }
    const fingerprint = hash('sha256', JSON.stringify([kind.kind, ...fields.map((field) => values[field] ?? null)]));
    const original = outcome.originalNumber;
    const repeated = (original !== null ? seenOriginal.get(original) : undefined) ?? seenValues.get(fingerprint);
    if (repeated !== undefined) {
      counts.failed += 1;
      const what = original !== null && seenOriginal.has(original) ? `原编号 ${original}` : '各列内容';
      find(row, 'error', null, `与第 ${repeated} 行${what}相同:同一条记录只能有一行,请删去重复的一行`);
      continue;
    }
    if (original !== null) seenOriginal.set(original, row);
    seenValues.set(fingerprint, row);
    const before = (original !== null ? earlier.byOriginal.get(original) : undefined) ?? earlier.byFingerprint.get(fingerprint);
    if (before) {
      counts.skipped += 1;
      const what = original !== null && earlier.byOriginal.has(original) ? `原编号 ${original} 的记录` : '内容相同的记录';
      find(row, 'skip', null, `${what}已于 ${earlierText(before)}导入,不再重复导入`);
      continue;
    }
    counts.ready += 1;
    await options.onReady?.({ row, record: outcome.record, state, at: outcome.at, originalNumber: original, fingerprint });
  }
  options.onProgress?.(counts.rows);
  return { counts, findings };
}
