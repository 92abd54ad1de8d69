import type { Content } from 'pdfmake/interfaces';
import { printFontName } from '../forms/renderPdf';
import { formatDate } from '../forms/formParts';
import type { FormHeading, PrintDefinition } from '../forms/pageFrame';
import type { Office } from '../../../shared/domain/office/officeRecords';
import type { TextGuard } from '../forms/textGuard';
import { statTableHeaders, statTableText, type StatisticsReport } from '../../../shared/domain/statistics/statistics';
import { tableChartOption, trendChartOption } from '../../../shared/domain/statistics/statisticsCharts';
import { chartSvg } from './chartSvg';

export const statisticsReportTitle = '客户投诉处理统计分析报告';

/** A4 portrait is 595 pt wide; with 40 pt margins the content is 515 pt. */
const contentWidth = 515;

function formatTime(iso: string): string {
  return `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日 ${iso.slice(11, 16)}`;
}

function chart(option: Record<string, unknown> | null, width: number, height: number): Content | null {
  if (!option) return null;
  // Rendered at the printed size in points, so 12-pt labels print at 12 pt. The SVG renderer opens fonts by file
  // path and cannot see pdfmake's in-memory font files; it then keeps the page's current font, which is always the
  // CJK print font (text precedes every chart), so its warning is expected and dropped (renderPdf.ts).
  return { svg: chartSvg(option, width, height), width, height, font: printFontName } as Content;
}

/** The report's number on paper: TJ-202611, or TJ-202601-202603 for a span of months. */
export function statisticsReportNumber(report: Pick<StatisticsReport, 'period'>): string {
  const month = (date: string) => date.slice(0, 7).replace('-', '');
  const [from, to] = [month(report.period.from), month(report.period.to)];
  return from === to ? `TJ-${from}` : `TJ-${from}-${to}`;
}

/**
 * The printed report: office and period, the 12-month trend, every table beside its chart, and the 制表 / 审核
 * lines with their dates, kept with the last table. Every page carries the frame of the forms (title, number,
 * revision, code, 第 x 页 共 y 页). Everything on it comes from `report`, so a closed month's snapshot prints the
 * same text every time.
 */
export function statisticsReportDefinition(office: Office, report: StatisticsReport, guard: TextGuard): PrintDefinition {
  const t = (text: string) => guard.text(text);
  const body: Content[] = [];
  body.push(chart(trendChartOption(report.trend, printFontName), contentWidth, 220)!);
  for (const table of report.tables) {
    const headers = statTableHeaders(table);
    const rows = statTableText(table);
    const widths = table.compare ? ['*', 50, 50, 66, 50, 66] : ['*', 60];
    const grid: Content = {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        body: [
          headers.map((header) => ({ text: header, bold: true, fillColor: '#f0f0f0', alignment: 'center' as const })),
          ...(rows.length > 0 ? rows : [[{ text: '(无)', colSpan: headers.length }, ...headers.slice(1).map(() => '')]]).map((cells) =>
            cells.map((cell, i) => (typeof cell === 'string' ? { text: t(cell), alignment: i === 0 ? ('left' as const) : ('right' as const) } : cell)),
          ),
        ],
      },
      layout: 'thinGrid2',
    };
    const drawn = table.chart ? chart(tableChartOption(table, printFontName), contentWidth, table.chart === 'pie' ? 200 : 190) : null;
    body.push({
      stack: [{ text: t(table.title), style: 'section' }, grid, ...(drawn ? [drawn] : [])],
      unbreakable: rows.length <= 12,
      margin: [0, 8, 0, 0],
    });
  }

  const line = (label: string) => ({ text: [`${label}:`, { text: '\u00a0'.repeat(24), decoration: 'underline' as const }, `\u3000${formatDate(null)}`] });
  const signatures: Content = { columns: [line('制表'), line('审核')], margin: [0, 24, 0, 0] };
  // The signatures never stand alone on a page: they go with the last table (or, with no table, the trend).
  const last = body.pop()!;
  body.push({ stack: [last, signatures], unbreakable: true });
  const heading: FormHeading = {
    title: statisticsReportTitle,
    kind: 'statisticsReport',
    // The names as the figures recorded them: a closed month prints as it was closed.
    office: { ...office, name: report.officeName, companyName: report.companyName },
    number: statisticsReportNumber(report),
    revision: 0,
    printedAt: report.generatedAt,
  };
  return {
    pageSize: 'A4',
    pageMargins: [40, 108, 40, 44],
    info: { title: `${statisticsReportTitle} ${report.period.label}`, author: report.officeName, subject: statisticsReportTitle, creator: '物业台账' },
    defaultStyle: { font: printFontName, fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 2 },
      office: { fontSize: 11, alignment: 'center' },
      section: { fontSize: 11.5, bold: true, margin: [0, 4, 0, 3] },
      label: { bold: true },
      small: { fontSize: 9, color: '#444444' },
    },
    // The forms' frame, as data: drawn where the PDF is rendered (pageFrame.ts).
    frame: heading,
    content: [
      {
        columns: [
          { text: t(`统计期间:${report.period.label}`), bold: true },
          { text: t(`对比:上期 ${report.previous.label},去年同期 ${report.lastYear.label}`), alignment: 'right' },
        ],
      },
      {
        columns: [
          { text: `制表时间:${formatTime(report.generatedAt)}` },
          { text: report.closed ? t(`已月结(${report.closed.closedByName} ${formatTime(report.closed.closedAt)})`) : '未月结(数据可能变化)', alignment: 'right' },
        ],
        margin: [0, 2, 0, 4],
      },
      { text: '说明:按投诉时间统计本期受理的投诉,已作废的不计;超期含办结晚于时限和到期仍未办结;用时按工作日计算。', fontSize: 9, color: '#555555' },
      ...body,
    ],
  };
}
