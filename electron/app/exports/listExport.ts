import ExcelJS from 'exceljs';
import type { AppContext } from '../context';
import type { Actor } from '../auth/session';
import type { ExportedFile } from '../../../shared/domain/statistics/statistics';
import { deliverFile } from './deliverFile';
import { checkFullData, exportCaption, fileStamp } from './exportCaption';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';

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

/**
 * A ledger's list exported to Excel, declared with the ledger under the channel it answers (declared in the
 * ledger's contract; its input is the list's filter plus `fullData`): the sheet, the columns, the filter in words,
 * and the list's rows page by page. Its handler is made from the declaration (`listExportHandler`).
 */
export interface ListExport<Query extends { fullData: boolean }, Row> {
  /** The sheet's name, and the file's before its time stamp: 来电记录. */
  sheetName: string;
  /** The caption's title, when it is not the sheet's name: 客户来电记录. */
  title?: string;
  columns: ExportColumn<Row>[];
  describe(query: Query): string;
  /** The list under the query's filter, a page at a time, in list order. */
  pages(ctx: AppContext, actor: Actor, query: Query): (page: number, pageSize: number) => Promise<Row[]>;
}

export function listExportHandler<Query extends { fullData: boolean }, Row>(spec: ListExport<Query, Row>) {
  return async (query: Query, actor: Actor, ctx: AppContext): Promise<ExportedFile> => {
    checkFullData(actor, query.fullData);
    const now = ctx.clock.now();
    const content = await exportListWorkbook({
      sheetName: spec.sheetName,
      columns: spec.columns,
      page: spec.pages(ctx, actor, query),
      full: query.fullData,
      caption: exportCaption(spec.title ?? spec.sheetName, spec.describe(query), actor, now, query.fullData),
    });
    const delivered = await deliverFile(ctx, `${spec.sheetName}-${fileStamp(now)}.xlsx`, content);
    // Full personal data leaving the app is a history row (export channels are jobs: this commits on its own, after).
    if (query.fullData) {
      await inTransaction(ctx.db, (trx) =>
        appendHistory(trx, {
          entity: 'export',
          entityId: 0,
          at: now,
          staffId: actor.staffId,
          action: '导出(完整个人信息)',
          summary: `${actor.name} 导出${spec.title ?? spec.sheetName},含完整个人信息;筛选:${spec.describe(query) || '全部'}`,
        }),
      );
    }
    return delivered;
  };
}

/** What the exporter writes: a sheet of columns over rows read page by page. */
interface ListWorkbook<Row> {
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

export async function exportListWorkbook<Row>(spec: ListWorkbook<Row>): Promise<Buffer> {
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
