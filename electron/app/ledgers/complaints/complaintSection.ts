import { complaintCategories, complaintChannels, complaintSeverities, complaintStatuses } from '../../../../shared/domain/complaints/complaint';
import { satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import { deskLogMinutes, handlingClasses, maskName, type StatLink } from '../../../../shared/domain/statistics/statistics';
import { maskPhone } from '../../../../shared/domain/masking';
import type { SectionQuery, SectionRow, SectionTable, StatisticsSection, TrendLine } from '../../statistics/sections';
import { closingDays, countBy, departmentNames, dimensions, monthlyTrend, repeatComplainants, repeatRooms, timelinessByDepartment, totals } from './complaintStatisticsRepository';
import { ensureCalendarOrdinals } from '../../statistics/calendarOrdinals';
import { periodRange } from '../../statistics/periods';

type Filter = StatLink['filter'];

/** The complaint list showing what a figure counts: the period's complaints, voided ones left out, narrowed by `extra`. */
function link(query: SectionQuery, extra: Filter = {}): StatLink {
  return { ledger: 'complaints', filter: { from: query.period.firstDay, to: query.period.lastDay, excludeVoided: true, ...extra } };
}

const validityLabels = { valid: '有效投诉', invalid: '无效投诉', undetermined: '尚未认定' };

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10000) / 10000;
}

function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** One row per label, in the label list's order, zeros included so months line up. */
function enumRows(query: SectionQuery, counts: Map<string, number>, labels: Record<string, string>, param: string): SectionRow[] {
  return Object.entries(labels).map(([key, label]) => ({
    key,
    label,
    format: 'count',
    value: counts.get(key) ?? 0,
    link: link(query, { [param]: key }),
  }));
}

async function tables(query: SectionQuery): Promise<SectionTable[]> {
  const { db, period, now } = query;
  await ensureCalendarOrdinals(db, now);
  const sum = await totals(db, period, now);
  const days = await closingDays(db, period);
  const names = await departmentNames(db);
  const byDepartment = await countBy(db, period, dimensions.department);
  const timely = await timelinessByDepartment(db, period, now);
  const count = (key: string, label: string, value: number, extra: Filter = {}): SectionRow => ({ key, label, format: 'count', value, link: link(query, extra) });

  const overview: SectionRow[] = [
    count('total', '投诉总数', sum.total),
    { key: 'loggedRate', label: `登记及时率(${deskLogMinutes} 分钟内登记)`, format: 'percent', value: ratio(sum.loggedInTime, sum.total), link: null },
    count('closed', '已办结(销项或无效)', sum.closed, { closed: true }),
    { key: 'onTimeRate', label: '按时办结率', format: 'percent', value: ratio(sum.onTime, sum.onTime + sum.late), link: link(query, { timeliness: 'onTime' }) },
    count('late', '超期件数(含循环往复)', sum.late, { timeliness: 'late' }),
    count('extended', '延期件数', sum.extended, { extended: true }),
    count('extensions', '批准延期次数', sum.extensions, { extended: true }),
    // seed 004: a department's 异议 goes up a level; how often, and how often the level above changed the resolution.
    { key: 'disputes', label: '部门异议次数(提交上一级裁决)', format: 'count', value: sum.disputes, link: null },
    { key: 'disputesRevised', label: '异议裁决为修改处理意见', format: 'count', value: sum.disputesRevised, link: null },
    { key: 'satisfactionRate', label: '回访满意率(满意+较满意)', format: 'percent', value: ratio(sum.satisfied, sum.revisited), link: link(query, { closed: true }) },
    { key: 'averageDays', label: '平均办结用时(工作日)', format: 'days', value: oneDecimal(days.average), link: link(query, { closed: true }) },
    { key: 'medianDays', label: '办结用时中位数(工作日)', format: 'days', value: oneDecimal(days.median), link: link(query, { closed: true }) },
    {
      key: 'worstDays',
      label: days.worst ? `最长办结用时(工作日,${days.worst.number})` : '最长办结用时(工作日)',
      format: 'days',
      value: days.worst?.days ?? null,
      link: days.worst ? link(query, { q: days.worst.number }) : null,
    },
  ];

  const complainants = await repeatComplainants(db, period);
  const rooms = await repeatRooms(db, period);
  const table = (key: string, title: string, chart: SectionTable['chart'], rows: SectionRow[], compare = true): SectionTable => ({ key, title, chart, compare, rows });
  return [
    table('overview', '投诉概况', null, overview),
    table('category', '按投诉分类', 'bar', enumRows(query, await countBy(db, period, dimensions.category), complaintCategories, 'category')),
    table('severity', '按严重程度', 'pie', enumRows(query, await countBy(db, period, dimensions.severity), complaintSeverities, 'severity')),
    table(
      'department',
      '按被投诉部门',
      'bar',
      [...byDepartment].map(([id, n]) => count(`department-${id}`, names.get(Number(id)) ?? `部门 ${id}`, n, { departmentId: Number(id) })),
    ),
    table('channel', '按投诉方式', 'pie', enumRows(query, await countBy(db, period, dimensions.channel), complaintChannels, 'channel')),
    table('status', '按处理状态', 'bar', enumRows(query, await countBy(db, period, dimensions.status), withoutVoided(complaintStatuses), 'status')),
    table('handling', '投诉处理情况', 'pie', enumRows(query, await countBy(db, period, dimensions.handling(now)), handlingClasses, 'handling')),
    table('validity', '有效性', 'pie', enumRows(query, await countBy(db, period, dimensions.validity), validityLabels, 'validity')),
    table('satisfaction', '回访满意度(最后一次回访)', 'pie', enumRows(query, await countBy(db, period, dimensions.satisfaction), satisfactionLevels, 'satisfaction')),
    table(
      'departmentOnTime',
      '各部门按时办结率',
      'bar',
      timely
        .filter((row) => row.onTime + row.late > 0)
        .map((row) => ({
          key: `department-${row.department}`,
          label: names.get(row.department) ?? `部门 ${row.department}`,
          format: 'percent' as const,
          value: ratio(row.onTime, row.onTime + row.late),
          link: link(query, { departmentId: row.department, timeliness: 'onTime' }),
        })),
    ),
    table(
      'repeatComplainants',
      '重复投诉人(2 次及以上)',
      null,
      complainants.map((row) => count(`phone-${row.sampleId}`, `${maskName(row.name)} ${maskPhone(row.phone)}`, Number(row.n), { samePhoneAs: row.sampleId })),
      false,
    ),
    table(
      'repeatRooms',
      '重复投诉房屋(2 次及以上)',
      null,
      rooms.map((row) => count(`room-${row.room_label}`, row.room_label ?? '', Number(row.n), { roomLabel: row.room_label ?? '' })),
      false,
    ),
  ];
}

function withoutVoided(labels: typeof complaintStatuses): Record<string, string> {
  const { voided: _voided, ...rest } = labels;
  return rest;
}

async function trend(query: SectionQuery, months: string[]): Promise<TrendLine[]> {
  const span = periodRange(months[0]!, months[months.length - 1]!);
  const rows = await monthlyTrend(query.db, span.start, span.end, query.now);
  const line = (key: string, label: string, pick: (row: (typeof rows)[number]) => unknown): TrendLine => ({
    key,
    label,
    values: new Map(rows.map((row) => [row.month, Number(pick(row) ?? 0)])),
  });
  return [line('total', '投诉总数', (row) => row.total), line('late', '超期', (row) => row.late), line('recurring', '循环往复', (row) => row.recurring)];
}

export const complaintSection: StatisticsSection = { key: 'complaints', title: '业主投诉', tables, trend };
