import ExcelJS from 'exceljs';

/**
 * One exporter for every list: a ledger declares its columns (Chinese header, how to read the value, and whether it
 * is personal data to mask) and hands over its rows page by page under the list's current filter.
 */
export interface ExportColumn<Row> {
  header: string;
  /** Character width of the column in Excel. */
  width?: number;
  value(row: Row, options: { full: boolean }): string | number | null;
}

export interface ListExport<Row> {
  sheetName: string;
  columns: ExportColumn<Row>[];
  /** Pages of rows in list order; an empty page ends the export. */
  page(page: number, pageSize: number): Promise<Row[]>;
  /** Unmasked personal data (only when the export asks for it and the caller may). */
  full: boolean;
  /** A line above the headers: what the filter was, who exported and when. */
  caption: string;
}

const pageSize = 200;
/** A list export stops here rather than exhausting memory; the caption says so. */
export const maxExportRows = 200_000;

export function addHeaderRow(sheet: ExcelJS.Worksheet, headers: string[]): void {
  const row = sheet.addRow(headers);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

export async function exportListWorkbook<Row>(spec: ListExport<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '物业台账';
  const sheet = workbook.addWorksheet(spec.sheetName);
  sheet.addRow([spec.caption]).font = { italic: true, color: { argb: 'FF666666' } };
  addHeaderRow(sheet, spec.columns.map((column) => column.header));
  sheet.columns.forEach((column, i) => {
    column.width = spec.columns[i]?.width ?? 14;
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  let written = 0;
  for (let page = 1; written < maxExportRows; page++) {
    const rows = await spec.page(page, pageSize);
    for (const row of rows) sheet.addRow(spec.columns.map((column) => column.value(row, { full: spec.full }) ?? ''));
    written += rows.length;
    if (rows.length < pageSize) break;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
