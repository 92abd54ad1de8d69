import ExcelJS from 'exceljs';
import { addHeaderRow } from '../exports/listExport';
import { statTableHeaders, type StatisticsReport } from '../../../shared/domain/statistics/statistics';
import { statisticsReportTitle } from './reportPdf';

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string, used: Set<string>): string {
  let name = title.replace(/[:\\/?*[\]]/g, '').slice(0, 28);
  for (let i = 2; used.has(name); i++) name = `${title.slice(0, 26)}${i}`;
  used.add(name);
  return name;
}

/** Numbers stay numbers (rates as fractions formatted as %), so the office can chart them again in Excel. */
export async function statisticsReportWorkbook(report: StatisticsReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '物业台账';
  const used = new Set<string>();
  const heading = `${report.companyName} ${report.officeName} ${statisticsReportTitle}|统计期间:${report.period.label}|上期:${report.previous.label}|去年同期:${report.lastYear.label}`;
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used));
    sheet.addRow([heading]).font = { italic: true, color: { argb: 'FF666666' } };
    addHeaderRow(sheet, statTableHeaders(table));
    for (const row of table.rows) {
      const cur = row.current.value;
      const prev = row.previous?.value ?? null;
      const last = row.lastYear?.value ?? null;
      const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round((a - b) * 10000) / 10000);
      const values = table.compare ? [row.label, cur, prev, diff(cur, prev), last, diff(cur, last)] : [row.label, cur];
      const added = sheet.addRow(values);
      if (row.format === 'percent') for (let i = 2; i <= values.length; i++) added.getCell(i).numFmt = '0.0%';
      if (row.format === 'days') for (let i = 2; i <= values.length; i++) added.getCell(i).numFmt = '0.0';
    }
    sheet.getColumn(1).width = 34;
    for (let i = 2; i <= 6; i++) sheet.getColumn(i).width = 12;
  }
  const trend = workbook.addWorksheet(sheetName('近12个月趋势', used));
  trend.addRow([heading]).font = { italic: true, color: { argb: 'FF666666' } };
  addHeaderRow(trend, ['月份', ...report.trend.series.map((line) => line.label)]);
  report.trend.months.forEach((month, i) => trend.addRow([month, ...report.trend.series.map((line) => line.values[i] ?? 0)]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
