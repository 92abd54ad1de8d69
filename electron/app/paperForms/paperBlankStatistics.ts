import type { StatisticsSection } from '../statistics/sections';
import { paperBlankCounts } from './paperBlankRepository';

/**
 * The month's blank paper forms in the statistics report: how many numbers were reserved for blanks printed in the
 * period, and of those how many papers were entered (used) and how many numbers voided; the rest are still out.
 */
export const paperBlankSection: StatisticsSection = {
  key: 'paperForms',
  title: '空白纸质表单',
  async tables({ db, period }) {
    const counts = await paperBlankCounts(db, period.start, period.end);
    const row = (key: string, label: string, value: number) => ({ key, label, format: 'count' as const, value, link: null });
    return [
      {
        key: 'blanks',
        title: '空白纸质表单(停电、电脑或打印机故障时使用)',
        chart: null,
        compare: true,
        rows: [
          row('reserved', '预留编号', counts.reserved),
          row('used', '已录入', counts.used),
          row('voided', '已作废', counts.voided),
          row('open', '未录入', counts.reserved - counts.used - counts.voided),
        ],
      },
    ];
  },
};
