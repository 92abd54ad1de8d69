import { sql, type RawBuilder } from 'kysely';
import type { HandlingClass, Timeliness } from '../../../../shared/domain/statistics/statistics';

/**
 * How the statistics classify a complaint, written once as SQL so the monthly figures (GROUP BY) and the list's
 * click-through filter (WHERE) can never disagree. `now` decides whether an open case is already past its due time.
 */

/** Closed by its due time (a case with no due time counts as on time once closed). */
export function closedOnTime(): RawBuilder<boolean> {
  return sql<boolean>`(complaints.resolved_at is not null and (complaints.due_at is null or complaints.resolved_at <= complaints.due_at))`;
}

/** Closed after its due time, or still open with the due time passed. */
export function late(now: string): RawBuilder<boolean> {
  return sql<boolean>`((complaints.resolved_at is not null and complaints.resolved_at > complaints.due_at)
    or (complaints.resolved_at is null and complaints.due_at < ${now}))`;
}

/** 当即处理 / 期限内处理 / 超期 / 循环往复处理, or still open within its time. */
export function handlingClass(now: string): RawBuilder<HandlingClass> {
  return sql<HandlingClass>`(case
    when complaints.round >= 1 then 'recurring'
    when complaints.resolved_at is not null and substr(complaints.resolved_at, 1, 10) = substr(complaints.received_at, 1, 10) then 'immediate'
    when ${closedOnTime()} then 'onTime'
    when ${late(now)} then 'overdue'
    else 'pending' end)`;
}

export function timeliness(kind: Timeliness, now: string): RawBuilder<boolean> {
  return kind === 'onTime' ? closedOnTime() : late(now);
}

/** The owner's last word on the case: the satisfaction of its latest revisit. */
export function lastSatisfaction(): RawBuilder<string | null> {
  return sql<string | null>`(select revisits.satisfaction from revisits where revisits.subject_kind = 'complaint' and revisits.subject_id = complaints.id and revisits.status = 'done' order by revisits.revisited_at desc, revisits.id desc limit 1)`;
}
