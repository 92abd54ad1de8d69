import type { Content } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../forms/pageFrame';
import type { Office } from '../../../shared/domain/office/officeRecords';
import type { TextGuard } from '../forms/textGuard';

/** One blank sheet under its reserved numbers: one for a complaint or repair form, one per row of a call sheet. */
export type BlankSheet = (office: Office, numbers: readonly string[], guard: TextGuard, printedAt: string) => PrintDefinition;

/**
 * A batch of blank forms as one PDF to print: each blank one sheet, with its own number and code, and its own
 * 第 1 页 共 1 页 (each sheet is a paper of its own once it is filled in).
 */
export function blankBatchDefinition(office: Office, sheetNumbers: readonly (readonly string[])[], guard: TextGuard, printedAt: string, blankSheet: BlankSheet): PrintDefinition {
  const numbers = sheetNumbers.flat();
  const sheets = sheetNumbers.map((ofSheet) => blankSheet(office, ofSheet, guard, printedAt));
  const first = sheets[0]!;
  return {
    ...first,
    info: { ...first.info, title: `空白${first.info?.subject ?? ''} ${numbers[0]}—${numbers.at(-1)}` },
    content: sheets.map((sheet, index): Content => ({ stack: [sheet.content], ...(index > 0 ? { pageBreak: 'before' as const } : {}) })),
    // Page n is blank n, with its own frame (pageFrame.ts).
    frame: undefined,
    sheetFrames: sheets.map((sheet) => sheet.frame!),
  };
}
