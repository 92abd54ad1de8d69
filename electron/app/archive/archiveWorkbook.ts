import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import type { ArchiveLedger, ArchivedRecord } from './archiveLedger';

/** One sheet per ledger for people to read, Chinese headers; ID numbers and phones masked unless `fullData`. */
export async function buildWorkbook(sheets: { ledger: ArchiveLedger; records: ArchivedRecord[] }[], fullData: boolean, createdAt: string): Promise<Buffer> {
  // Loaded on first export: exceljs is large, and neither start-up nor the CLI's other commands need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '物业台账';
  // The archive's own time, not the PC's, so the workbook says when the archive was made.
  workbook.created = workbook.modified = new Date(`${createdAt}Z`);
  for (const { ledger, records } of sheets) {
    const sheet = workbook.addWorksheet(ledger.label, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = ledger.columns.map((column) => ({ header: column.header, width: column.width ?? 12 }));
    sheet.getRow(1).font = { bold: true };
    for (const record of records) {
      sheet.addRow(
        ledger.columns.map((column) => {
          const value = column.value(record);
          if (fullData || !column.personal || typeof value !== 'string') return value;
          return column.personal === 'phone' ? maskPhone(value) : maskIdNumber(value);
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
