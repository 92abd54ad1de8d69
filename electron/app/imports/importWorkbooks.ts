import ExcelJS from 'exceljs';
import type { ImportFinding } from '../../../shared/domain/imports/dataImport';
import { cellText } from './cellReaders';
import type { AnyImportKind, ImportColumns } from './importKind';
import type { ImportPlan } from './importScan';
import { sheetSource } from './sheetRows';

const bold = { bold: true } as const;
const faultFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } } as const;

/** The kind's template: its headers (* on the required ones) and a sheet of what each column takes. */
export async function importTemplate(kind: AnyImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind.label);
  const columns = Object.values(kind.columns as ImportColumns);
  sheet.addRow(columns.map((column) => (column.required ? `*${column.label}` : column.label))).font = bold;
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.max(12, column.label.length * 2 + 4);
    // Text cells: Excel would otherwise turn 0755… into 755…, ID numbers into 1.1E+17 and 3-1-1502 into a date.
    sheet.getColumn(index + 1).numFmt = '@';
  });
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow(['列', '必填', '空着时', '填写说明']).font = bold;
  for (const column of columns) notes.addRow([column.label, column.required ? '是' : '否', column.whenEmpty ?? '', column.hint]);
  notes.getColumn(4).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The check's report: the file's rows as they were, with a 检查结果 column saying what is wrong with each row and
 * in which column (faulty rows shaded), so the office can correct its file and import it again.
 */
export async function importReport(plan: ImportPlan, findings: readonly ImportFinding[]): Promise<Buffer> {
  const byRow = new Map<number, ImportFinding[]>();
  for (const finding of findings) byRow.set(finding.row, [...(byRow.get(finding.row) ?? []), finding]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('检查结果');
  // The row number and the verdict first, so they line up whatever the rows' lengths.
  for await (const { row, cells } of sheetSource(plan.file.path).rows(plan.sheet)) {
    if (row < plan.headerRow || cells.every((cell) => cell === null)) continue;
    const found = byRow.get(row) ?? [];
    if (row === plan.headerRow) {
      sheet.addRow(['原行号', '检查结果', ...cells.map(cellText)]).font = bold;
      continue;
    }
    const verdict =
      found.length === 0
        ? '可导入'
        : found.map((finding) => `${finding.level === 'skip' ? '跳过' : '错误'}${finding.column ? `【${finding.column}】` : ''}${finding.message}`).join(';');
    const added = sheet.addRow([row, verdict, ...cells.map(cellText)]);
    if (found.some((finding) => finding.level === 'error')) added.eachCell((cell) => (cell.fill = faultFill));
  }
  sheet.getColumn(2).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
