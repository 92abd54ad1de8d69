import type { TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import { blankPaperKind } from '../../../../shared/domain/paperForms/paperForms';
import { formDocument } from '../../forms/formParts';
import type { TextGuard } from '../../forms/textGuard';
import { callLogFormTitle } from './callLogForm';

const blankRow = '\u00a0\n\u00a0';

/**
 * A blank 客户来电记录表 for the day the PC is down: the day's columns, one row per call, each row under a number
 * reserved in the office's sequence (编号), so the call entered later from it keeps that number. The sheet carries
 * the number of its first row, and its own code.
 */
export function blankCallLogDefinition(office: Office, numbers: readonly string[], _guard: TextGuard, printedAt: string): PrintDefinition {
  const header = ['编号', '日期', '时间', '单元', '来电人', '来电号码', '事项内容', '记录人', '处理结果'].map(
    (text): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2', alignment: 'center' }),
  );
  const rows: TableCell[][] = numbers.map((number) => [{ text: number, fontSize: 9 }, blankRow, '', '', '', '', '', '', '']);
  const heading = { title: callLogFormTitle, kind: blankPaperKind('call'), office, number: numbers[0]!, revision: 0, printedAt };
  const definition = formDocument(heading, [
    { text: `日期:${'\u3000'.repeat(3)}年${'\u3000'.repeat(2)}月${'\u3000'.repeat(2)}日    本页编号 ${numbers[0]} 至 ${numbers.at(-1)}`, margin: [0, 0, 0, 4] },
    {
      table: { headerRows: 1, widths: [84, 50, 32, 52, 46, 64, '*', 40, 110], body: [header, ...rows], dontBreakRows: true },
      layout: 'grid2',
    },
  ]);
  return { ...definition, pageOrientation: 'landscape' };
}
