import type { Kysely } from 'kysely';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { inCall } from '../db/inCall';
import { appendHistory } from '../history/historyRepository';
import { DomainError } from '../../../shared/contract/errors';
import { monthLabel, type StatisticsMonth, type StatisticsReport } from '../../../shared/domain/statistics/statistics';
import { ensureCalendarOrdinals } from './calendarOrdinals';
import { computeReport } from './report';
import { periodRange } from './periods';

/**
 * 月结: closing a month freezes its report — figures and the labels they were shown with — as JSON, so renaming a
 * category or a department later never rewrites a report already presented. A closed month reads (and reprints)
 * from that snapshot; only a manager reopens it, with a reason, and both steps go into the audit history.
 */

async function closedRow(db: Kysely<Database>, month: string) {
  return db
    .selectFrom('statistics_months')
    .innerJoin('staff as closer', 'closer.id', 'statistics_months.closed_by')
    .leftJoin('staff as reopener', 'reopener.id', 'statistics_months.reopened_by')
    .selectAll('statistics_months')
    .select(['closer.name as closed_by_name', 'reopener.name as reopened_by_name'])
    .where('statistics_months.month', '=', month)
    .executeTakeFirst();
}

/** The report for `from`..`to`: a single closed month as frozen, anything else computed now. */
export async function statisticsReport(ctx: AppContext, from: string, to: string): Promise<StatisticsReport> {
  if (from === to) {
    const row = await closedRow(ctx.db, from);
    if (row?.status === 'closed') return JSON.parse(row.snapshot) as StatisticsReport;
  }
  return computeReport(ctx.ledgers.statistics, ctx.db, from, to, ctx.clock.now());
}

export async function closeMonth(ctx: AppContext, actor: Actor, month: string): Promise<StatisticsMonth> {
  const now = ctx.clock.now();
  if (periodRange(month, month).end > now) throw new DomainError('rule', `${monthLabel(month)}尚未结束,月底之后才能月结`);
  await ensureCalendarOrdinals(ctx.db, now);
  await inCall(ctx.db, async (trx) => {
    const existing = await trx.selectFrom('statistics_months').select(['id', 'status']).where('month', '=', month).executeTakeFirst();
    if (existing?.status === 'closed') throw new DomainError('rule', `${monthLabel(month)}已经月结`);
    const report = await computeReport(ctx.ledgers.statistics, trx, month, month, now);
    const snapshot = JSON.stringify({ ...report, closed: { closedAt: now, closedByName: actor.name } } satisfies StatisticsReport);
    const values = { status: 'closed', snapshot, closed_by: actor.staffId, closed_at: now, reopened_by: null, reopened_at: null, reopen_reason: null };
    const id = existing
      ? (await trx.updateTable('statistics_months').set(values).where('id', '=', existing.id).execute(), existing.id)
      : (await trx.insertInto('statistics_months').values({ month, ...values }).returning('id').executeTakeFirstOrThrow()).id;
    await appendHistory(trx, {
      entity: 'statisticsMonth',
      entityId: id,
      at: now,
      staffId: actor.staffId,
      action: '月结',
      summary: `${monthLabel(month)}统计月结,数据与名称冻结`,
    });
  });
  return (await listStatisticsMonths(ctx.db)).find((row) => row.month === month)!;
}

export async function reopenMonth(ctx: AppContext, actor: Actor, month: string, reason: string): Promise<StatisticsMonth> {
  const now = ctx.clock.now();
  await inCall(ctx.db, async (trx) => {
    const row = await trx.selectFrom('statistics_months').select(['id', 'status']).where('month', '=', month).executeTakeFirst();
    if (row?.status !== 'closed') throw new DomainError('rule', `${monthLabel(month)}没有月结,无需重新开放`);
    await trx.updateTable('statistics_months').set({ status: 'reopened', reopened_by: actor.staffId, reopened_at: now, reopen_reason: reason }).where('id', '=', row.id).execute();
    await appendHistory(trx, {
      entity: 'statisticsMonth',
      entityId: row.id,
      at: now,
      staffId: actor.staffId,
      action: '重新开放',
      summary: `${monthLabel(month)}统计重新开放:${reason}`,
      reason,
    });
  });
  return (await listStatisticsMonths(ctx.db)).find((row) => row.month === month)!;
}

export async function listStatisticsMonths(db: Kysely<Database>): Promise<StatisticsMonth[]> {
  const rows = await db
    .selectFrom('statistics_months')
    .innerJoin('staff as closer', 'closer.id', 'statistics_months.closed_by')
    .leftJoin('staff as reopener', 'reopener.id', 'statistics_months.reopened_by')
    .selectAll('statistics_months')
    .select(['closer.name as closed_by_name', 'reopener.name as reopened_by_name'])
    .orderBy('statistics_months.month', 'desc')
    .execute();
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
