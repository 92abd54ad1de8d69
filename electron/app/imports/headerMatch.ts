import { halfWidth } from '../../../shared/domain/text';
import type { ImportHeader, ImportMapping } from '../../../shared/domain/imports/dataImport';
import { cellText } from './cellReaders';
import type { ImportColumns } from './importKind';
import type { SheetRow } from './sheetRows';

/** A header compared as offices vary it: no spaces or line breaks, no * of a required column, no (元) or 【必填】. */
export function headerKey(text: string): string {
  return halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[(【[][^)】\]]*[)】\]]$/, '')
    .replace(/[::]$/, '');
}

/** A, B, … Z, AA as Excel names the column at 0-based `index`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export function headersOf(row: SheetRow | undefined): ImportHeader[] {
  return (row?.cells ?? []).flatMap((cell, index) => (cell === null ? [] : [{ index, letter: columnLetter(index), text: cellText(cell).trim() }]));
}

/** Each field's column: its template name first, then the other names offices give it; a column feeds one field. */
export function suggestMapping(headers: ImportHeader[], columns: ImportColumns): ImportMapping {
  const mapping: ImportMapping = Object.fromEntries(Object.keys(columns).map((key) => [key, null]));
  const taken = new Set<number>();
  const byKey = new Map(headers.map((header) => [headerKey(header.text), header.index]));
  const names = (key: string) => [columns[key]!.label, ...columns[key]!.synonyms];
  for (const pass of [(key: string) => names(key).slice(0, 1), (key: string) => names(key).slice(1)]) {
    for (const key of Object.keys(columns)) {
      if (mapping[key] !== null) continue;
      const index = pass(key).map((name) => byKey.get(headerKey(name))).find((found) => found !== undefined && !taken.has(found));
      if (index === undefined) continue;
      mapping[key] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** How many fields a row's cells name: the header row is the one naming most, above any title rows. */
export function headerScore(row: SheetRow, columns: ImportColumns): number {
  return Object.values(suggestMapping(headersOf(row), columns)).filter((index) => index !== null).length;
}
