import type { ImportFileInfo } from '../../../shared/domain/imports/dataImport';
import { DomainError } from '../../../shared/contract/errors';
import { cellText } from './cellReaders';
import { headerScore, headersOf, suggestMapping } from './headerMatch';
import type { AnyImportKind } from './importKind';
import { sheetSource } from './sheetRows';
import type { StagedFile } from './stagedFiles';

/** Title rows above the headers an office may have (台账名称, 管理处, 日期…): the headers are looked for this far down. */
const headerSearchRows = 20;
const sampleRows = 5;

/**
 * A file's sheets, its header row (the row naming most of the kind's fields, unless the user chose one), its
 * headers matched to the fields, and its first rows for the user to see the match is right.
 */
export async function openImportFile(file: StagedFile, kind: AnyImportKind, sheet: string | null, headerRow: number | null): Promise<ImportFileInfo> {
  const scans = await sheetSource(file.path).scan(headerSearchRows + sampleRows + 30);
  const scan = sheet === null ? (scans.find((candidate) => candidate.filledRows > 0) ?? scans[0]) : scans.find((candidate) => candidate.name === sheet);
  if (!scan) throw new DomainError('not_found', sheet === null ? '文件中没有工作表' : `文件中没有名为“${sheet}”的工作表`);
  if (scan.filledRows === 0) throw new DomainError('rule', `工作表“${scan.name ?? file.fileName}”是空的`);
  const candidates = scan.head.slice(0, headerSearchRows);
  const best = candidates.reduce((chosen, row) => (headerScore(row, kind.columns) > headerScore(chosen, kind.columns) ? row : chosen), candidates[0]!);
  const header = headerRow === null ? best : scan.head.find((row) => row.row === headerRow);
  if (!header) throw new DomainError('rule', `第 ${headerRow} 行是空的,不能作为表头`);
  const below = scan.head.filter((row) => row.row > header.row);
  const aboveOrAt = scan.head.filter((row) => row.row <= header.row).length;
  return {
    fileId: `${file.sha256}${file.path.endsWith('.csv') ? '.csv' : '.xlsx'}`,
    fileName: file.fileName,
    kind: kind.kind,
    sheets: scans.flatMap((candidate) => (candidate.name === null ? [] : [candidate.name])),
    sheet: scan.name,
    headerRow: header.row,
    headers: headersOf(header),
    mapping: suggestMapping(headersOf(header), kind.columns),
    sample: below.slice(0, sampleRows).map((row) => row.cells.map(cellText)),
    rowCount: scan.filledRows - aboveOrAt,
  };
}
