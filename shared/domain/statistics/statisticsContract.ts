import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { PrintedForm } from '../records';
import { type StatisticsReport, statisticsPeriodInput, type ExportedFile, type StatisticsMonth, statisticsMonthInput, statisticsReopenInput } from './statistics';

/** The monthly statistics report and closed months. */
export const statisticsContract = {
  'statistics.report': write<StatisticsReport>()(statisticsPeriodInput, '客户投诉处理统计分析报告'),
  'statistics.print': write<PrintedForm>()(statisticsPeriodInput, '打印统计分析报告'),
  'statistics.exportXlsx': write<ExportedFile>()(statisticsPeriodInput, '统计分析报告导出 Excel'),
  'statistics.months': read<StatisticsMonth[]>()(noInput, '已月结的月份'),
  'statistics.closeMonth': write<StatisticsMonth>()(statisticsMonthInput, '月结:冻结当月统计', { access: 'supervisor' }),
  'statistics.reopenMonth': write<StatisticsMonth>()(statisticsReopenInput, '重新开放已月结的月份', { access: 'supervisor' }),
};
