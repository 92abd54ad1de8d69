import type { Figure } from './types';

/** Terminal width of text: CJK characters take two columns. */
export function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\uffff]/.test(char) ? 2 : 1;
  return columns;
}
export const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)));

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

export function figureCells(figure: Figure, missed: string[]): string[] {
  const app = figure.app ? `${ms(figure.app.median)} / ${ms(figure.app.p95)}` : figure.value !== undefined ? `${figure.value.toFixed(figure.value < 10 ? 2 : 0)} ${figure.unit ?? ''}` : '';
  const raw = figure.raw ? `${ms(figure.raw.median)} / ${ms(figure.raw.p95)}` : figure.reference ? `(${ms(figure.reference.median)} / ${ms(figure.reference.p95)})` : '';
  // Only a same-work baseline gives a ratio: a reference does less than the app, so a ratio would mean nothing.
  const ratio = figure.app && figure.raw ? `${(figure.app.median / figure.raw.median).toFixed(2)}×` : '';
  const judged = missed.length === 0 ? '通过' : `未达标:${missed.join(';')}`;
  // A budgeted line keeps its note after the verdict (the import's CPU seconds and load, say).
  const verdict = figure.budget ? (figure.note ? `${judged}(${figure.note})` : judged) : (figure.note ?? '');
  return [figure.part, figure.name, app, raw, ratio, verdict];
}

/** One table: part, item, app median/p95 (ms), raw median/p95 (ms), ratio, budget verdict. */
export function printTable(rows: string[][]): string {
  const header = ['部分', '项目', '应用 中位/p95 ms', '原始 中位/p95 ms', '比值', '预算'];
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column]!)).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}
