import { defineFeature } from '../modules/feature';
import { statisticsContract } from '../../../shared/domain/statistics/statisticsContract';
import * as statistics from './statisticsService';
import { closeMonth, listStatisticsMonths, reopenMonth } from './closedMonths';

/** The monthly statistics report and closed months. */
export const statisticsModule = defineFeature({
  name: 'statistics',
  channels: statisticsContract,
  handlers: () => ({
    'statistics.report': (input, _actor, ctx) => statistics.statisticsReport(ctx, input.from, input.to),
    'statistics.print': (input, _actor, ctx) => statistics.printStatisticsReport(ctx, input),
    'statistics.exportXlsx': (input, _actor, ctx) => statistics.exportStatisticsReport(ctx, input),
    'statistics.months': (_input, _actor, ctx) => listStatisticsMonths(ctx.db),
    'statistics.closeMonth': (input, actor, ctx) => closeMonth(ctx, actor, input.month),
    'statistics.reopenMonth': (input, actor, ctx) => reopenMonth(ctx, actor, input.month, input.reason),
  }),
});
