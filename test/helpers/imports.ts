import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Caller } from '../../electron/app/openApp';
import type { ImportJob } from '../../shared/domain/imports/dataImport';
import { pollUntil } from './poll';

export type SheetCell = string | number | Date | null;

/** A real .xlsx file as an office keeps it: optional title rows, then the header row and the data rows. */
export async function writeWorkbook(dir: string, name: string, rows: SheetCell[][], sheetName = 'Sheet1'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The rows of the first sheet of an .xlsx, each cell as text ('' where empty). */
export async function readWorkbook(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
  return rows;
}

export async function upload(caller: Caller, file: string, fileName = file.split('/').pop()!): Promise<string> {
  const { fileId } = await caller.call('imports.upload', { fileName, contentBase64: readFileSync(file).toString('base64') });
  return fileId;
}

export const finished = (caller: Caller, job: ImportJob) =>
  pollUntil(`import job ${job.step}`, async () => {
    const now = await caller.call('imports.job', { jobId: job.jobId });
    return now.state === 'running' ? undefined : now;
  });

/** Upload, open with the suggested mapping (or `mapping` over it), and run the dry run to its end. */
export async function dryRun(caller: Caller, file: string, kind: string, mapping: Record<string, number | null> = {}) {
  const fileId = await upload(caller, file);
  const info = await caller.call('imports.open', { fileId, kind });
  const job = await caller.call('imports.check', { fileId, kind, sheet: info.sheet, headerRow: info.headerRow, mapping: { ...info.mapping, ...mapping } });
  return { info, check: await finished(caller, job) };
}

/** The dry run, then the import when it allows one. */
export async function importFile(caller: Caller, file: string, kind: string) {
  const { check } = await dryRun(caller, file, kind);
  if (!check.importable) return { check, imported: null };
  return { check, imported: await finished(caller, await caller.call('imports.run', { jobId: check.jobId })) };
}

export function writeText(dir: string, name: string, content: Buffer | string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
