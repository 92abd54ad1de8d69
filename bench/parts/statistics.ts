import { monthFigures } from '../../electron/app/statistics/statisticsService';
import { captureStatements, replayer } from '../measure/replay';
import { timePair } from '../measure/timing';
import type { BenchPart } from '../measure/types';

/**
 * 月度统计: the report the statistics page asks for — the month, the month before and the same month last year side
 * by side, and the 12-month trend. The hand-written side does the same work: the very statements the report ran
 * (captured from one warm call, with their values), prepared once and run again in order on the raw handle — so the
 * ratio is the cost of the app's layers (building the queries, shaping the sections), not of a different query.
 */
export const statisticsPart: BenchPart = {
  name: 'statistics',
  async run({ app, raw, runs, warmup }) {
    const previous = new Date(`${app.ctx.clock.now().slice(0, 7)}-01T00:00:00Z`);
    previous.setUTCMonth(previous.getUTCMonth() - 1);
    const month = previous.toISOString().slice(0, 7);
    // Warm first: a first call may fill caches (calendar ordinals) that later calls only read.
    await monthFigures(app.ctx, month);
    const ran = await captureStatements(raw, () => monthFigures(app.ctx, month));
    const replay = replayer(raw, ran);
    return [
      {
        part: 'statistics',
        name: `月度统计 ${month}(本月、上月、去年同月与 12 个月趋势)`,
        ...(await timePair(() => monthFigures(app.ctx, month), replay, { runs, warmup })),
        note: `原始 = 同样的 ${ran.length} 条语句(${new Set(ran.map((statement) => statement.sql)).size} 种)按序重放`,
        budget: 'statistics',
      },
    ];
  },
};
