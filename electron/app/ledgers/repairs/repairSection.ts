import { repairCategories } from '../../../../shared/domain/repairs/repair';
import { deskLogMinutes, type StatLink } from '../../../../shared/domain/statistics/statistics';
import type { SectionQuery, SectionRow, SectionTable, StatisticsSection, TrendLine } from '../../statistics/sections';
import { periodRange } from '../../statistics/periods';
import { listDepartments } from '../../office/officeRepository';
import { medianCompletionHours, monthlyRepairs, repairCountBy, repairTimesByDepartment, repairTotals } from './repairStatisticsRepository';

type Filter = StatLink['filter'];

/** The repair list showing what a figure counts: the period's repairs, voided ones left out, narrowed by `extra`. */
function link(query: SectionQuery, extra: Filter = {}): StatLink {
  return { ledger: 'repairs', filter: { from: query.period.firstDay, to: query.period.lastDay, excludeVoided: true, ...extra } };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10000) / 10000);
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

async function departmentNames(query: SectionQuery): Promise<Map<number, string>> {
  const rows = await listDepartments(query.db);
  return new Map([[0, '尚未派工'], ...rows.map((row) => [row.id, row.name] as [number, string])]);
}

/**
 * Completion is read in hours on the office clock, not working days: most repairs are done the day they come in
 * (seed 002's timers are minutes and calendar days), so working days would show 0 for nearly all of them.
 * Times to on site run from 接单 to 到场, the span the 30-minute timer measures. The 'days' format is the
 * one-decimal figure; the label carries the unit.
 */
async function tables(query: SectionQuery): Promise<SectionTable[]> {
  const { db, period } = query;
  const sum = await repairTotals(db, period);
  const median = await medianCompletionHours(db, period);
  const names = await departmentNames(query);
  const count = (key: string, label: string, value: number, extra: Filter = {}): SectionRow => ({ key, label, format: 'count', value, link: link(query, extra) });
  const figure = (key: string, label: string, format: SectionRow['format'], value: number | null, extra: Filter): SectionRow => ({ key, label, format, value, link: link(query, extra) });

  const overview: SectionRow[] = [
    count('total', '报修总数', sum.total),
    figure('loggedRate', `登记及时率(${deskLogMinutes} 分钟内登记)`, 'percent', ratio(sum.loggedInTime, sum.total), {}),
    count('arrived', '已到场', sum.arrived, { arrived: 'any' }),
    figure('onSiteRate', '按时到场率(接单后时限内或约定时间内)', 'percent', ratio(sum.onSiteInTime, sum.arrived), { arrived: 'onTime' }),
    count('onSiteLate', '到场超时', sum.arrived - sum.onSiteInTime, { arrived: 'late' }),
    figure('averageMinutes', '接单至到场平均用时(分钟)', 'days', oneDecimal(sum.averageMinutes), { arrived: 'any' }),
    count('completed', '已完成', sum.completed, { completed: true }),
    figure('averageHours', '报修至完成平均用时(小时)', 'days', oneDecimal(sum.averageHours), { completed: true }),
    figure('medianHours', '报修至完成用时中位数(小时)', 'days', oneDecimal(median), { completed: true }),
  ];
  const byCategory = await repairCountBy(db, period, 'category');
  const byDepartment = await repairCountBy(db, period, 'department');
  const times = await repairTimesByDepartment(db, period);
  const departmentLabel = (id: number) => names.get(id) ?? `部门 ${id}`;
  const table = (key: string, title: string, chart: SectionTable['chart'], rows: SectionRow[]): SectionTable => ({ key, title, chart, compare: true, rows });
  return [
    table('overview', '报修概况', null, overview),
    table(
      'category',
      '按报修类别',
      'bar',
      Object.entries(repairCategories).map(([key, label]) => count(key, label, byCategory.get(key) ?? 0, { category: key })),
    ),
    table(
      'department',
      '按维修部门',
      'bar',
      [...byDepartment].map(([id, n]) => count(`department-${id}`, departmentLabel(Number(id)), n, { departmentId: Number(id) })),
    ),
    table(
      'departmentOnSite',
      '各部门按时到场率',
      'bar',
      times
        .filter((row) => row.arrived > 0)
        .map((row) => figure(`department-${row.department}`, departmentLabel(row.department), 'percent', ratio(row.onSiteInTime, row.arrived), { departmentId: row.department, arrived: 'onTime' })),
    ),
    table(
      'departmentHours',
      '各部门报修至完成平均用时(小时)',
      null,
      times
        .filter((row) => row.averageHours !== null)
        .map((row) => figure(`department-${row.department}`, departmentLabel(row.department), 'days', oneDecimal(row.averageHours), { departmentId: row.department, completed: true })),
    ),
  ];
}

async function trend(query: SectionQuery, months: string[]): Promise<TrendLine[]> {
  const span = periodRange(months[0]!, months[months.length - 1]!);
  const rows = await monthlyRepairs(query.db, span.start, span.end);
  return [{ key: 'total', label: '报修总数', values: new Map(rows.map((row) => [row.month, Number(row.total)])) }];
}

export const repairSection: StatisticsSection = { key: 'repairs', title: '客户报修', tables, trend };
