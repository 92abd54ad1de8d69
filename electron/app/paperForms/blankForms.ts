import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Office } from '../../../shared/domain/office/officeRecords';
import type { TextGuard } from '../forms/textGuard';

type PageCallback = (page: number, pages: number, size: unknown) => Content;

/** One blank sheet under its reserved numbers: one for a complaint or repair form, one per row of a call sheet. */
export type BlankSheet = (office: Office, numbers: readonly string[], guard: TextGuard, printedAt: string) => TDocumentDefinitions;

/**
 * A batch of blank forms as one PDF to print: each blank one sheet, with its own number and code, and its own
 * 第 1 页 共 1 页 (each sheet is a paper of its own once it is filled in).
 */
export function blankBatchDefinition(office: Office, sheetNumbers: readonly (readonly string[])[], guard: TextGuard, printedAt: string, blankSheet: BlankSheet): TDocumentDefinitions {
  const numbers = sheetNumbers.flat();
  const sheets = sheetNumbers.map((ofSheet) => blankSheet(office, ofSheet, guard, printedAt));
  const first = sheets[0]!;
  // Page n is blank n: a blank's layout keeps it to one sheet (a test holds each to it).
  const own = (part: 'header' | 'footer') => (page: number, _pages: number, size: unknown) => {
    const sheet = sheets[page - 1];
    if (!sheet) throw new Error(`blank forms: ${sheets.length} blanks ran over ${page} pages`);
    return (sheet[part] as PageCallback)(1, 1, size);
  };
  return {
    ...first,
    info: { ...first.info, title: `空白${first.info?.subject ?? ''} ${numbers[0]}—${numbers.at(-1)}` },
    content: sheets.map((sheet, index): Content => ({ stack: [sheet.content], ...(index > 0 ? { pageBreak: 'before' as const } : {}) })),
    header: own('header'),
    footer: own('footer'),
  };
}
