import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { stream as ExcelStream } from 'exceljs';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import type { ArchiveLedger, ArchivedRecord } from './archiveLedger';

type Writer = InstanceType<typeof ExcelStream.xlsx.WorkbookWriter>;
type Sheet = ReturnType<Writer['addWorksheet']>;

/**
 * One sheet per ledger for people to read, Chinese headers; ID numbers and phones masked unless `fullData`.
 * Written to `file` as the export goes (exceljs's streaming writer, no shared strings): a row is on its way to the
 * disk once added, so the workbook costs no memory for the period's size. Sheets come one after the other.
 */
export class WorkbookSpool {
  private committed = false;
  private constructor(
    private readonly writer: Writer,
    private readonly fullData: boolean,
  ) {}

  static async create(file: string, fullData: boolean, createdAt: string): Promise<WorkbookSpool> {
    // Loaded on first export: exceljs is large, and neither start-up nor the CLI's other commands need it.
    const { default: ExcelJS } = await import('exceljs');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    writer.creator = '物业台账';
    // The archive's own time, not the PC's, so the workbook says when the archive was made.
    writer.created = writer.modified = new Date(`${createdAt}Z`);
    return new WorkbookSpool(writer, fullData);
  }

  /** The ledger's sheet: add its records in order, then commit it before the next ledger's. */
  sheet(ledger: ArchiveLedger): { add(record: ArchivedRecord): void; commit(): void } {
    const sheet: Sheet = this.writer.addWorksheet(ledger.label, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = ledger.columns.map((column) => ({ header: column.header, width: column.width ?? 12 }));
    sheet.getRow(1).font = { bold: true };
    return {
      add: (record) => {
        sheet
          .addRow(
            ledger.columns.map((column) => {
              const value = column.value(record);
              if (this.fullData || !column.personal || typeof value !== 'string') return value;
              return column.personal === 'phone' ? maskPhone(value) : maskIdNumber(value);
            }),
          )
          .commit();
      },
      commit: () => sheet.commit(),
    };
  }

  /** Resolves once the file is complete on the disk. */
  async commit(): Promise<void> {
    this.committed = true;
    await this.writer.commit();
  }

  /** After a failure: close the file unfinished so it can be removed. */
  async discard(): Promise<void> {
    if (this.committed) return;
    this.committed = true;
    const file = (this.writer as unknown as { stream: Writable }).stream;
    if (file.closed) return;
    const closed = once(file, 'close').catch(() => {});
    file.destroy();
    await closed;
  }
}
