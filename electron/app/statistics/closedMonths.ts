import type { Kysely } from 'kysely';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { appendHistory } from '../history/historyRepository';
import { DomainError } from '../../../shared/contract/errors';
import { monthLabel, type StatisticsMonth, type StatisticsReport } from '../../../shared/domain/statistics/statistics';
import { ensureCalendarOrdinals } from './calendarOrdinals';
import { computeReport } from './report';
import { paperBlankSection } from '../paperForms/paperBlankStatistics';
import { periodRange } from './periods';
import { findStatisticsMonth, insertStatisticsMonth, monthState, statisticsMonthRows, updateStatisticsMonth } from './statisticsMonthRepository';
import { requireApprover } from '../approvals/approvalService';

/** The ledgers' sections, then the office's blank paper forms. */
const reportSections = (ctx: AppContext) => [...ctx.ledgers.statistics, paperBlankSection];

/**
 * 月结: closing a month freezes its report — figures and the labels they were shown with — as JSON, so renaming a
 * category or a department later never rewrites a report already presented. A closed month reads (and reprints)
 * from that snapshot; only a manager reopens it, with a reason, and both steps go into the audit history.
 */

/** The report for `from`..`to`: a single closed month as frozen, anything else computed now. */
export async function statisticsReport(ctx: AppContext, from: string, to: string): Promise<StatisticsReport> {
  if (from === to) {
    const row = await findStatisticsMonth(ctx.db, from);
    if (row?.status === 'closed') return JSON.parse(row.snapshot) as StatisticsReport;
  }
  return computeReport(reportSections(ctx), ctx.db, from, to, ctx.clock.now());
}

export async function closeMonth(ctx: AppContext, actor: Actor, month: string): Promise<StatisticsMonth> {
  const { db } = ctx;
  await requireApprover(db, actor, 'monthClose');
  const now = ctx.clock.now();
  if (periodRange(month, month).end > now) throw new DomainError('rule', `${monthLabel(month)}尚未结束,月底之后才能月结`);
  await ensureCalendarOrdinals(db, now);
  const existing = await monthState(db, month);
  if (existing?.status === 'closed') throw new DomainError('rule', `${monthLabel(month)}已经月结`);
  const report = await computeReport(reportSections(ctx), db, month, month, now);
  const snapshot = JSON.stringify({ ...report, closed: { closedAt: now, closedByName: actor.name } } satisfies StatisticsReport);
  const values = { status: 'closed', snapshot, closed_by: actor.staffId, closed_at: now, reopened_by: null, reopened_at: null, reopen_reason: null };
  // Closed again after a reopening, the month keeps its row.
  const id = existing ? (await updateStatisticsMonth(db, existing.id, values), existing.id) : await insertStatisticsMonth(db, { month, ...values });
  await appendHistory(db, {
    entity: 'statisticsMonth',
    entityId: id,
    at: now,
    staffId: actor.staffId,
    action: '月结',
    summary: `${monthLabel(month)}统计月结,数据与名称冻结`,
  });
  return (await listStatisticsMonths(db)).find((row) => row.month === month)!;
}

export async function reopenMonth(ctx: AppContext, actor: Actor, month: string, reason: string): Promise<StatisticsMonth> {
  await requireApprover(ctx.db, actor, 'monthReopen');
  const now = ctx.clock.now();
  const row = await monthState(ctx.db, month);
  if (row?.status !== 'closed') throw new DomainError('rule', `${monthLabel(month)}没有月结,无需重新开放`);
  await updateStatisticsMonth(ctx.db, row.id, { status: 'reopened', reopened_by: actor.staffId, reopened_at: now, reopen_reason: reason });
  await appendHistory(ctx.db, {
    entity: 'statisticsMonth',
    entityId: row.id,
    at: now,
    staffId: actor.staffId,
    action: '重新开放',
    summary: `${monthLabel(month)}统计重新开放:${reason}`,
    reason,
  });
  return (await listStatisticsMonths(ctx.db)).find((row) => row.month === month)!;
}

export async function listStatisticsMonths(db: Kysely<Database>): Promise<StatisticsMonth[]> {
  const rows = await statisticsMonthRows(db);
  return rows.map((row) => ({
    month: row.month,
    status: row.status as StatisticsMonth['status'],
    closedAt: row.closed_at,
    closedByName: row.closed_by_name,
    reopenedAt: row.reopened_at,
    reopenedByName: row.reopened_by_name,
    reopenReason: row.reopen_reason,
  }));
}
