import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { DomainError } from '../../../shared/contract/errors';
import type { Cell } from './cellReaders';
import { csvRows, decodeCsv } from './csvRows';

/** A row of the sheet: its number as Excel shows it, and its cells from column A (null where empty). */
export interface SheetRow {
  row: number;
  cells: (Cell | null)[];
}

/** One sheet read through once: its first rows (where the headers are) and how many rows hold anything. */
export interface SheetScan {
  /** null for a CSV file, which is one sheet without a name. */
  name: string | null;
  head: SheetRow[];
  filledRows: number;
}

export interface SheetSource {
  /** Every sheet in order, each read through once. */
  scan(headRows: number): Promise<SheetScan[]>;
  /** The rows of `sheet` (the first sheet when null), streamed: a large workbook is never held whole. */
  rows(sheet: string | null): AsyncGenerator<SheetRow>;
}

const filled = (row: SheetRow) => row.cells.some((cell) => cell !== null);

async function scanRows(name: string | null, rows: AsyncIterable<SheetRow>, headRows: number): Promise<SheetScan> {
  const scan: SheetScan = { name, head: [], filledRows: 0 };
  for await (const row of rows) {
    if (!filled(row)) continue;
    scan.filledRows += 1;
    if (scan.head.length < headRows) scan.head.push(row);
  }
  return scan;
}

export function sheetSource(file: string): SheetSource {
  return file.endsWith('.csv') ? csvSource(file) : xlsxSource(file);
}

function unreadable(error: unknown): DomainError {
  return new DomainError('rule', `文件无法读取(${error instanceof Error ? error.message.slice(0, 80) : String(error)}):请在 Excel 中打开,另存为 .xlsx 后再试`);
}

function csvSource(file: string): SheetSource {
  async function* rows(): AsyncGenerator<SheetRow> {
    for (const { row, cells } of csvRows(decodeCsv(await readFile(file)))) {
      yield { row, cells: cells.map((cell) => (cell.trim() === '' ? null : cell)) };
    }
  }
  return { scan: async (headRows) => [await scanRows(null, rows(), headRows)], rows };
}

/** exceljs's streamed worksheet (its published types leave out the name it carries). */
type StreamedSheet = AsyncIterable<{ number: number; values: unknown }> & { name: string };

/** Text from UTF-8 chunks, a character cut by a chunk's end joined to the rest of it in the next chunk. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/**
 * exceljs's streaming reader decodes each chunk of a sheet's (and the shared strings') XML apart, so a Chinese
 * character cut by a chunk's end came out as “�” — in a large file, in a row here and there. Its parser takes text
 * chunks as they are: the sheet and the shared strings reach it decoded here, across chunks.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: number): unknown {
    return (ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Utf8WorkbookReader)._parseWorksheet.call(this, utf8Text(iterator), sheetNo);
  }
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown {
    entry.setEncoding('utf8');
    return (ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Utf8WorkbookReader)._parseSharedStrings.call(this, entry);
  }
}

function workbookReader(file: string): AsyncIterable<StreamedSheet> {
  // Styles are read so that a number formatted as a date arrives as a date; hyperlinks as their text.
  const options = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' } as const;
  return new Utf8WorkbookReader(file, options) as unknown as AsyncIterable<StreamedSheet>;
}

function xlsxSource(file: string): SheetSource {
  return {
    async scan(headRows) {
      const scans: SheetScan[] = [];
      try {
        for await (const worksheet of workbookReader(file)) {
          scans.push(await scanRows(worksheet.name, rowsOf(worksheet), headRows));
        }
      } catch (error) {
        throw unreadable(error);
      }
      return scans;
    },
    async *rows(sheet) {
      let found = false;
      try {
        for await (const worksheet of workbookReader(file)) {
          const wanted: boolean = !found && (sheet === null || worksheet.name === sheet);
          found ||= wanted;
          for await (const row of rowsOf(worksheet)) {
            if (wanted) yield row;
          }
        }
      } catch (error) {
        if (error instanceof DomainError) throw error;
        throw unreadable(error);
      }
      if (!found) throw new DomainError('not_found', `文件中没有名为“${sheet}”的工作表`);
    },
  };
}

async function* rowsOf(worksheet: StreamedSheet): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) yield { row: row.number, cells: cellsOf(row.values as unknown[]) };
}

/** exceljs's row values: 1-based, with rich text, formulas (their result), hyperlinks and errors as objects. */
function cellsOf(values: unknown[]): (Cell | null)[] {
  const cells: (Cell | null)[] = [];
  for (let index = 1; index < values.length; index += 1) cells.push(cellOf(values[index]));
  return cells;
}

function cellOf(value: unknown): Cell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return cellOf((value.richText as { text: string }[]).map((part) => part.text).join(''));
    if ('result' in value) return cellOf(value.result);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value) return cellOf(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}
