import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStatisticsFixture, type StatisticsFixture } from '../../helpers/statisticsFixture';
import type { StatTable, StatisticsReport } from '../../../shared/domain/statistics/statistics';

let fixture: StatisticsFixture;
let report: StatisticsReport;

beforeAll(async () => {
  fixture = await openStatisticsFixture();
  report = await fixture.office.asClerk.call('statistics.report', { from: '2026-10' });
}, 60_000);
afterAll(() => fixture?.office.close());

function table(key: string): StatTable {
  const found = report.tables.find((candidate) => candidate.key === `complaints.${key}`);
  if (!found) throw new Error(`no table ${key}`);
  return found;
}

/** { row key: [this month, previous month, same month last year] } */
function figures(key: string): Record<string, [number | null, number | null | undefined, number | null | undefined]> {
  return Object.fromEntries(table(key).rows.map((row) => [row.key, [row.current.value, row.previous?.value, row.lastYear?.value]]));
}

describe('the month’s figures against the hand-computed fixture', () => {
  it('names the periods compared', () => {
    expect(report.period).toEqual({ from: '2026-10', to: '2026-10', label: '2026年10月' });
    expect(report.previous.label).toBe('2026年09月');
    expect(report.lastYear.label).toBe('2025年10月');
    expect(report.officeName).toBe('锦绣花园管理处');
  });

  it('counts the overview, never the voided, with the previous month and last year beside it', () => {
    expect(figures('overview')).toEqual({
      total: [6, 1, 1],
      // Each logged at the time it came in (seed 002: within 5 minutes).
      loggedRate: [1, 1, 1],
      closed: [5, 1, 0],
      onTimeRate: [0.6667, 1, 0],
      late: [2, 0, 1],
      extended: [1, 0, 0],
      extensions: [1, 0, 0],
      disputes: [0, 0, 0],
      disputesRevised: [0, 0, 0],
      satisfactionRate: [1, 1, null],
      averageDays: [2, 1, null],
      medianDays: [2, 1, null],
      worstDays: [5, 1, null],
    });
    expect(table('overview').rows.find((row) => row.key === 'worstDays')!.label).toContain(fixture.numbers.C);
  });

  it('classifies the handling: 当即 / 期限内 / 超期 / 循环往复', () => {
    expect(figures('handling')).toEqual({
      recurring: [1, 0, 0],
      immediate: [1, 0, 0],
      onTime: [2, 1, 0],
      overdue: [2, 0, 1],
      pending: [0, 0, 0],
    });
  });

  it('counts by category, severity, channel, status, validity and satisfaction', () => {
    const current = (key: string) => Object.fromEntries(table(key).rows.filter((row) => row.current.value).map((row) => [row.key, row.current.value]));
    expect(current('category')).toEqual({ maintenance: 4, cleaning: 1, other: 1 });
    expect(current('severity')).toEqual({ minor: 1, general: 5 });
    expect(current('channel')).toEqual({ phone: 3, inPerson: 1, written: 1, email: 1 });
    expect(current('status')).toEqual({ resolved: 4, invalid: 1, accepted: 1 });
    expect(table('status').rows.map((row) => row.key)).not.toContain('voided');
    expect(current('validity')).toEqual({ valid: 4, invalid: 1, undetermined: 1 });
    expect(current('satisfaction')).toEqual({ satisfied: 3, fairlySatisfied: 1 });
  });

  it('counts by department and gives each department’s on-time rate', () => {
    const engineering = `department-${fixture.office.engineering.id}`;
    const service = `department-${fixture.service.id}`;
    expect(figures('department')).toEqual({ [engineering]: [3, 1, 1], [service]: [2, 0, 0], 'department-0': [1, 0, 0] });
    expect(figures('departmentOnTime')).toEqual({ [engineering]: [0.6667, 1, 0], [service]: [1, null, null], 'department-0': [0, null, null] });
  });

  it('lists repeat complainants and rooms masked, without the voided record', () => {
    expect(table('repeatComplainants').rows.map((row) => [row.label, row.current.value])).toEqual([
      ['陈* 139****5678', 3],
      ['李* 137****1111', 2],
    ]);
    expect(table('repeatRooms').rows.map((row) => [row.label, row.current.value])).toEqual([['3-1-1502', 3]]);
    expect(JSON.stringify(report)).not.toContain('13912345678');
  });

  it('draws 12 months of trend ending with the month', () => {
    expect(report.trend.months[0]).toBe('2025-11');
    expect(report.trend.months[11]).toBe('2026-10');
    const total = report.trend.series.find((line) => line.key === 'complaints.total')!;
    expect(total.values.slice(-2)).toEqual([1, 6]);
    expect(report.trend.series.find((line) => line.key === 'complaints.recurring')!.values[11]).toBe(1);
  });
});

describe('click-through', () => {
  it('every count opens a list of exactly the records it counts', async () => {
    let checked = 0;
    for (const candidate of report.tables) {
      for (const row of candidate.rows) {
        for (const cell of [row.current, row.previous, row.lastYear]) {
          // The repair and declaration links are checked against their own lists in ledgerSections.test.ts.
          if (!cell?.link || row.format !== 'count' || cell.link.ledger !== 'complaints') continue;
          const list = await fixture.office.asClerk.call('complaints.list', { ...cell.link.filter, pageSize: 200 });
          expect(list.total, `${candidate.title} ${row.label}`).toBe(cell.value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('opens the very records: 超期 is C and G, 循环往复 is D, and the voided never appear', async () => {
    const numbers = async (key: string, row: string) => {
      const link = table(key).rows.find((candidate) => candidate.key === row)!.current.link!;
      const list = await fixture.office.asClerk.call('complaints.list', { ...link.filter, pageSize: 200 });
      return list.items.map((item) => item.number).sort();
    };
    const { A, B, C, D, E, G, F } = fixture.numbers;
    expect(await numbers('handling', 'overdue')).toEqual([C, G].sort());
    expect(await numbers('handling', 'recurring')).toEqual([D]);
    expect(await numbers('handling', 'onTime')).toEqual([B, E].sort());
    expect(await numbers('overview', 'total')).toEqual([A, B, C, D, E, G].sort());
    expect(await numbers('overview', 'total')).not.toContain(F);
    expect(await numbers('repeatRooms', 'room-3-1-1502')).toEqual([A, B, C].sort());
  });
});
