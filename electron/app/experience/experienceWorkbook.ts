import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { complaintCategories, complaintSeverities, type ComplaintCategory, type ComplaintSeverity } from '../../../shared/domain/complaints/complaint';
import { experienceKinds, experienceSaveInput, type ExperienceEntry, type ExperienceImportReport } from '../../../shared/domain/experience/experience';
import type { Department } from '../../../shared/domain/office/officeRecords';
import { addHeaderRow } from '../exports/listExport';
import { saveEntry } from './experienceService';
import { listEntries } from './experienceRepository';
import { toEntry } from './experienceEntries';

/** The columns head office and every office exchange; labels in the app's words, steps one per line. */
const headers = ['编号', '类型', '标题', '内容', '投诉分类', '责任部门', '严重程度', '处理步骤', '启用'] as const;

export async function experienceWorkbook(entries: readonly ExperienceEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '物业台账';
  const sheet = workbook.addWorksheet('经验库');
  addHeaderRow(sheet, [...headers]);
  for (const entry of entries) {
    sheet.addRow([
      entry.ref, experienceKinds[entry.kind], entry.title, entry.text, entry.category ? complaintCategories[entry.category] : '',
      entry.departmentName ?? '', entry.severity ? complaintSeverities[entry.severity] : '', entry.steps.join('\n'), entry.active ? '是' : '否',
    ]);
  }
  [10, 12, 24, 60, 10, 20, 10, 40, 6].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function keyOf<K extends string>(labels: Record<K, string>, label: string): K | null {
  return (Object.keys(labels) as K[]).find((key) => labels[key] === label) ?? null;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value).trim();
}

/**
 * A workbook from head office (or another office) read into the base: each row a standard procedure, matched to
 * one of this office's by its title (edited when it differs, else added); departments by name, an unknown one
 * left empty. A row the base would refuse stops the import with its row number, and nothing is saved.
 */
export async function importWorkbook(trx: Kysely<Database>, content: Buffer, departments: readonly Department[], staffId: number, now: string): Promise<ExperienceImportReport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('rule', '文件不是 Excel 工作簿(.xlsx),无法导入');
  }
  const sheet = workbook.worksheets[0];
  const header = sheet ? (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText) : [];
  if (!sheet || headers.some((name, index) => header[index] !== name)) throw new DomainError('rule', `第一行应为:${headers.join('、')}`);
  const existing = new Map((await listEntries(trx, { kind: 'procedure', includeInactive: true })).map((row) => [row.title, toEntry(row)]));
  const report: ExperienceImportReport = { added: 0, updated: 0, unchanged: 0 };
  for (let number = 2; number <= sheet.rowCount; number++) {
    const cells = (sheet.getRow(number).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const [, , title, text, category, department, severity, steps, active] = cells;
    if (!title && !text) continue;
    const parsed = experienceSaveInput.safeParse({
      title,
      text,
      category: category ? keyOf(complaintCategories, category) ?? undefined : null,
      departmentId: departments.find((item) => item.name === department)?.id ?? null,
      severity: severity ? keyOf(complaintSeverities, severity) ?? undefined : null,
      steps: (steps ?? '').split('\n'),
      active: active !== '否',
    });
    if (!parsed.success) throw new DomainError('rule', `第 ${number} 行:${parsed.error.issues[0]?.message ?? '内容有误'}`);
    const before = existing.get(parsed.data.title);
    if (before && same(before, parsed.data)) {
      report.unchanged++;
      continue;
    }
    const saved = await saveEntry(trx, { ...parsed.data, id: before?.id, scriptIds: before?.scriptIds ?? [] }, staffId, now);
    existing.set(saved.title, saved);
    if (before) report.updated++;
    else report.added++;
  }
  return report;
}

function same(entry: ExperienceEntry, input: { text: string; category: ComplaintCategory | null; departmentId: number | null; severity: ComplaintSeverity | null; steps: string[]; active: boolean }): boolean {
  return (
    entry.text === input.text && entry.category === input.category && entry.departmentId === input.departmentId && entry.severity === input.severity &&
    entry.active === input.active && JSON.stringify(entry.steps) === JSON.stringify(input.steps)
  );
}
