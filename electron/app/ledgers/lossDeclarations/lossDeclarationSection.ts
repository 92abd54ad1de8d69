import type { StatLink } from '../../../../shared/domain/statistics/statistics';
import type { SectionQuery, SectionRow, SectionTable, StatisticsSection } from '../../statistics/sections';
import { lossOutcomeCounts } from './lossDeclarationListRepository';

type Filter = StatLink['filter'];

function link(query: SectionQuery, extra: Filter = {}): StatLink {
  return { ledger: 'lossDeclarations', filter: { from: query.period.firstDay, to: query.period.lastDay, excludeVoided: true, ...extra } };
}

/** How the period's declarations ended; a voided one never counts. */
const outcomeRows: { key: string; label: string; filter: Filter }[] = [
  { key: 'refund', label: '办理退款', filter: { outcome: 'refund' } },
  { key: 'receiptCopy', label: '收据遗失,不退款', filter: { outcome: 'receiptCopy' } },
  { key: 'invoiceCopy', label: '发票遗失,不退款', filter: { outcome: 'invoiceCopy' } },
  { key: 'reported', label: '挂失中', filter: { status: 'reported' } },
];

async function tables(query: SectionQuery): Promise<SectionTable[]> {
  const rows = await lossOutcomeCounts(query.db, query.period);
  const counts = new Map(rows.map((row) => [row.key, Number(row.n)]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const byOutcome: SectionRow[] = [
    { key: 'total', label: '遗失声明总数', format: 'count', value: total, link: link(query) },
    ...outcomeRows.map(({ key, label, filter }): SectionRow => ({ key, label, format: 'count', value: counts.get(key) ?? 0, link: link(query, filter) })),
  ];
  return [{ key: 'outcome', title: '收据、发票遗失声明办理结果', chart: 'bar', compare: true, rows: byOutcome }];
}

export const lossDeclarationSection: StatisticsSection = { key: 'lossDeclarations', title: '收据、发票遗失声明', tables };
