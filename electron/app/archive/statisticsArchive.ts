import type { AppContext } from '../context';
import { statisticsFiguresPath } from './archiveFormat';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';
import { formRenderPool } from '../forms/renderPool';
import { createTextGuard } from '../forms/textGuard';
import { cachedPdf, documentKey, keyedPrintTime } from '../forms/formCache';
import { statisticsReport } from '../statistics/closedMonths';
import { shiftMonth } from '../statistics/periods';
import { statisticsReportDefinition, statisticsReportTitle } from '../statistics/reportPdf';
import { statisticsReportWorkbook } from '../statistics/reportXlsx';
import { findOffice } from '../office/officeRepository';
import { DomainError } from '../../../shared/contract/errors';

/** The months a period touches, first to last: 2026-10-15..2026-11-03 → 2026-10, 2026-11. */
export function monthsOfPeriod(period: ArchivePeriod): string[] {
  const months: string[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); month = shiftMonth(month, 1)) months.push(month);
  return months;
}

/**
 * The statistics report of each month of the period, as printed (PDF), as the workbook and as figures (JSON): a
 * closed month comes as frozen at 月结, an open one as computed now. Rendered as bytes only, nothing noted; the PDF
 * is kept in the form cache (formCache.ts) keyed by its figures.
 */
export async function statisticsArchiveReport(ctx: AppContext, period: ArchivePeriod): Promise<{ path: string; content: Buffer }[]> {
  const files: { path: string; content: Buffer }[] = [];
  const office = await findOffice(ctx.db);
  if (!office) throw new DomainError('rule', '请先在“设置 → 管理处信息”中填写管理处名称和代码');
  for (const month of monthsOfPeriod(period)) {
    const report = await statisticsReport(ctx, month, month);
    const fonts = ctx.printFonts();
    // Kept in the form cache like the forms: the same figures are the same report, whatever its 制表时间.
    const key = documentKey(ctx.version, fonts, statisticsReportDefinition(office, { ...report, generatedAt: keyedPrintTime }, createTextGuard(fonts.coverage)));
    const pdf = await cachedPdf(ctx.dataDir, { form: 'statistics', id: month }, key, () => formRenderPool(fonts).render(statisticsReportDefinition(office, report, createTextGuard(fonts.coverage))));
    files.push({ path: `statistics/${month}-${statisticsReportTitle}.pdf`, content: pdf });
    files.push({ path: `statistics/${month}-${statisticsReportTitle}.xlsx`, content: await statisticsReportWorkbook(report) });
    // The figures themselves, so head office can set offices side by side without reading a workbook.
    files.push({ path: statisticsFiguresPath(month), content: Buffer.from(JSON.stringify(report), 'utf8') });
  }
  return files;
}
