import { monthFigures } from '../../electron/app/statistics/statisticsService';
import { timePair } from '../measure/timing';
import type { BenchPart } from '../measure/types';

/**
 * 月度统计: the report the statistics page asks for — the month, the month before and the same month last year side
 * by side, and the 12-month trend — against a hand-written GROUP BY of the month's five breakdowns. The app does far
 * more than the raw statements, so the ratio only shows the cost of the whole report; the budget is its time.
 */
export const statisticsPart: BenchPart = {
  name: 'statistics',
  async run({ app, raw, runs, warmup }) {
    const previous = new Date(`${app.ctx.clock.now().slice(0, 7)}-01T00:00:00Z`);
    previous.setUTCMonth(previous.getUTCMonth() - 1);
    const month = previous.toISOString().slice(0, 7);
    const range = { from: `${month}-01T00:00:00`, to: `${month}-31T23:59:59` };
    const breakdowns = ['category', 'severity', 'target_department_id', 'channel', 'status'].map((column) =>
      raw.prepare(`SELECT ${column} AS key, count(*) AS n FROM complaints WHERE received_at BETWEEN @from AND @to AND status != 'voided' GROUP BY ${column}`),
    );
    const counted = raw.prepare(`SELECT count(*) FROM complaints WHERE received_at BETWEEN @from AND @to AND status != 'voided'`).pluck();
    return [
      {
        part: 'statistics',
        name: `月度统计 ${month}(本月、上月、去年同月与 12 个月趋势)`,
        ...(await timePair(() => monthFigures(app.ctx, month), () => breakdowns.map((statement) => statement.all(range)), { runs, warmup })),
        note: `本月 ${String(counted.get(range))} 件投诉`,
        budget: 'statistics',
      },
    ];
  },
};
