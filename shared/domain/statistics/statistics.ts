import { z } from 'zod';
import { enumKeys, type LabelledEnum } from '../labels';

/**
 * The monthly 客户投诉处理统计分析报告 (DOMAIN.md "Statistics", seed 000 篇5). Figures count the complaints received
 * in the period (voided ones never count); each figure carries the list filter that shows exactly what it counts.
 */

/** 投诉处理情况, one class per complaint, first match wins: a reopened case is 循环往复 however it ended. */
export const handlingClasses = {
  recurring: '循环往复处理',
  immediate: '当即处理',
  onTime: '期限内处理',
  overdue: '超期',
  pending: '处理中(未到期)',
} as const satisfies LabelledEnum<string>;
export type HandlingClass = keyof typeof handlingClasses;
export const handlingClassKeys = enumKeys(handlingClasses);

/** Whether the complaint met its time limit: closed by the due time, or closed late / still open past it. */
export const timelinessKeys = ['onTime', 'late'] as const;
export type Timeliness = (typeof timelinessKeys)[number];

export const validityFilterKeys = ['valid', 'invalid', 'undetermined'] as const;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' });

export const statisticsPeriodInput = z
  .strictObject({ from: month, to: month.nullish() })
  .transform(({ from, to }) => ({ from, to: to ?? from }))
  .refine(({ from, to }) => from <= to, { error: '结束月份不能早于开始月份', path: ['to'] });
export type StatisticsPeriodQuery = z.output<typeof statisticsPeriodInput>;

export const statisticsMonthInput = z.strictObject({ month });
export const statisticsReopenInput = z.strictObject({
  month,
  reason: z.string({ error: '请填写重新开放的原因' }).trim().min(2, { error: '请填写重新开放的原因' }).max(200),
});

export interface StatPeriod {
  from: string;
  to: string;
  /** 2026年10月 or 2026年01月—2026年03月 */
  label: string;
}

/** Which list a figure opens, and with what filter (the list's own query parameters). */
export interface StatLink {
  ledger: 'complaints' | 'workOrders' | 'repairs' | 'lossDeclarations';
  filter: Record<string, string | number | boolean>;
}

/**
 * seed 002: the desk logs a call or a visit within 5 minutes of it beginning. Each record keeps when it began
 * (投诉时间, 报修时间, 来电时间: prefilled, editable) apart from when it was logged, so 登记及时率 can be counted.
 */
export const deskLogMinutes = 5;

export type StatFormat = 'count' | 'percent' | 'days';

export interface StatCell {
  value: number | null;
  link: StatLink | null;
}

export interface StatRow {
  key: string;
  label: string;
  format: StatFormat;
  current: StatCell;
  /** null where comparing makes no sense (the repeat complainants of another month are other people). */
  previous: StatCell | null;
  lastYear: StatCell | null;
}

export interface StatTable {
  key: string;
  title: string;
  /** How the page and the printed report draw it. */
  chart: 'bar' | 'pie' | null;
  compare: boolean;
  rows: StatRow[];
}

export interface StatTrend {
  title: string;
  /** YYYY-MM, oldest first. */
  months: string[];
  series: { key: string; label: string; values: number[] }[];
}

export interface StatisticsReport {
  period: StatPeriod;
  previous: StatPeriod;
  lastYear: StatPeriod;
  officeName: string;
  companyName: string;
  tables: StatTable[];
  trend: StatTrend;
  /** When the figures were computed: the closing time for a closed month. */
  generatedAt: string;
  closed: { closedAt: string; closedByName: string } | null;
}

export interface StatisticsMonth {
  month: string;
  status: 'closed' | 'reopened';
  closedAt: string;
  closedByName: string;
  reopenedAt: string | null;
  reopenedByName: string | null;
  reopenReason: string | null;
}

/** A file the main process produced: saved where the user chose (desktop), or handed back as bytes (browser). */
export interface ExportedFile {
  fileName: string;
  /** Where the desktop shell saved it; null in the browser or when the user cancelled. */
  savedTo: string | null;
  /** The bytes, when no shell saved them (the browser downloads them). */
  contentBase64: string | null;
}

/** Names on statistics and exports: the surname stays, the rest is starred (陈喆 → 陈*). */
export function maskName(name: string | null | undefined): string {
  if (!name) return '';
  const chars = [...name];
  return chars.length <= 1 ? chars.join('') : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

/** 2026-10 → 2026年10月 */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${month.slice(5, 7)}月`;
}

/** 12 · 85.0% · 2.5 (working days) · — when unknown. */
export function formatStat(value: number | null, format: StatFormat): string {
  if (value === null) return '—';
  if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (format === 'days') return value.toFixed(1);
  return String(value);
}

/** The change from `before` to `now`: +3, −1.5, +5.0 个百分点; — when either is unknown. */
export function formatChange(now: number | null, before: number | null, format: StatFormat): string {
  if (now === null || before === null) return '—';
  const diff = format === 'percent' ? (now - before) * 100 : now - before;
  const text = format === 'count' ? String(Math.abs(diff)) : Math.abs(diff).toFixed(1);
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
  return `${sign}${text}${format === 'percent' ? ' 个百分点' : ''}`;
}

export const statColumnTitles = { label: '项目', current: '本期', previous: '上期', previousChange: '较上期', lastYear: '去年同期', lastYearChange: '较去年同期' } as const;

/** A table's cells as text, in the column order of `statColumnTitles` (only 项目/本期 when the table is not compared). */
export function statTableText(table: StatTable): string[][] {
  return table.rows.map((row) => {
    const current = formatStat(row.current.value, row.format);
    if (!table.compare) return [row.label, current];
    const previous = row.previous?.value ?? null;
    const lastYear = row.lastYear?.value ?? null;
    return [
      row.label,
      current,
      formatStat(previous, row.format),
      formatChange(row.current.value, previous, row.format),
      formatStat(lastYear, row.format),
      formatChange(row.current.value, lastYear, row.format),
    ];
  });
}

export function statTableHeaders(table: StatTable): string[] {
  const all = Object.values(statColumnTitles);
  return table.compare ? all : all.slice(0, 2);
}
