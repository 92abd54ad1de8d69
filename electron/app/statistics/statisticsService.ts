import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import type { PrintedForm } from '../../../shared/domain/records';
import type { ExportedFile, StatisticsPeriodQuery, StatisticsReport } from '../../../shared/domain/statistics/statistics';
import { findOffice } from '../office/officeRepository';
import { formRenderPool } from '../forms/renderPool';
import { createTextGuard } from '../forms/textGuard';
import { printsDir, saveAtomically } from '../forms/printService';
import { deliverFile } from '../exports/deliverFile';
import { statisticsReport } from './closedMonths';
import { statisticsReportDefinition, statisticsReportTitle } from './reportPdf';
import { statisticsReportWorkbook } from './reportXlsx';

export { statisticsReport };

function periodName(report: StatisticsReport): string {
  return report.period.from === report.period.to ? report.period.from : `${report.period.from}至${report.period.to}`;
}

/** The month's figures for the benchmark: one call, one month, nothing printed. */
export async function monthFigures(ctx: AppContext, month: string): Promise<StatisticsReport> {
  return statisticsReport(ctx, month, month);
}

export async function printStatisticsReport(ctx: AppContext, query: StatisticsPeriodQuery): Promise<PrintedForm> {
  const office = await findOffice(ctx.db);
  if (!office) throw new DomainError('rule', '请先在“设置 → 管理处信息”中填写管理处名称和代码,再打印报告');
  const report = await statisticsReport(ctx, query.from, query.to);
  const fonts = ctx.printFonts();
  const guard = createTextGuard(fonts.coverage);
  const pdf = await formRenderPool(fonts).render(statisticsReportDefinition(office, report, guard));
  const fileName = `${statisticsReportTitle}-${periodName(report)}${report.closed ? '-月结' : ''}.pdf`;
  const file = await saveAtomically(printsDir(ctx.dataDir), fileName, pdf);
  const openedInViewer = ctx.host.openInViewer
    ? await ctx.host.openInViewer(file).then(
        () => true,
        () => false,
      )
    : false;
  return { fileName, pdfBase64: pdf.toString('base64'), missingGlyphs: guard.missing(), openedInViewer };
}

export async function exportStatisticsReport(ctx: AppContext, query: StatisticsPeriodQuery): Promise<ExportedFile> {
  const report = await statisticsReport(ctx, query.from, query.to);
  return deliverFile(ctx, `${statisticsReportTitle}-${periodName(report)}.xlsx`, await statisticsReportWorkbook(report));
}
