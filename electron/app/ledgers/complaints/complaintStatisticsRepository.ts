import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import type { PeriodRange } from '../../statistics/periods';
import { deskLogMinutes, type HandlingClass, type Timeliness } from '../../../../shared/domain/statistics/statistics';

/**
 * How the statistics classify a complaint, written once as SQL so the monthly figures (GROUP BY) and the list's
 * click-through filter (WHERE) can never disagree. `now` decides whether an open case is already past its due time.
 */

/** Closed by its due time (a case with no due time counts as on time once closed). */
function closedOnTime(): RawBuilder<boolean> {
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

/** The month's complaints as every figure counts them: received in the period, never voided. */
export function counted(db: Kysely<Database>, period: PeriodRange) {
  return db
    .selectFrom('complaints')
    .where('complaints.received_at', '>=', period.start)
    .where('complaints.received_at', '<', period.end)
    .where('complaints.status', '!=', 'voided');
}

/** Count per value of `key` (null keys come back as ''). */
export async function countBy(db: Kysely<Database>, period: PeriodRange, key: Expression<unknown>): Promise<Map<string, number>> {
  const rows = await counted(db, period)
    .select([sql<string | null>`${key}`.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(sql`1`)
    .execute();
  return new Map(rows.map((row) => [row.key === null ? '' : String(row.key), Number(row.n)]));
}

export const dimensions = {
  category: sql`complaints.category`,
  severity: sql`complaints.severity`,
  channel: sql`complaints.channel`,
  status: sql`complaints.status`,
  department: sql`coalesce(complaints.target_department_id, 0)`,
  validity: sql`coalesce(complaints.validity, 'undetermined')`,
  handling: (now: string) => handlingClass(now),
  satisfaction: lastSatisfaction(),
};

export async function totals(db: Kysely<Database>, period: PeriodRange, now: string) {
  const row = await counted(db, period)
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`count(complaints.resolved_at)`.as('closed'),
      sql<number>`sum(complaints.extension_count > 0)`.as('extended'),
      sql<number>`sum(complaints.extension_count)`.as('extensions'),
      sql<number>`sum(${closedOnTime()})`.as('onTime'),
      sql<number>`sum(${late(now)})`.as('late'),
      sql<number>`count(${lastSatisfaction()})`.as('revisited'),
      sql<number>`sum(${lastSatisfaction()} in ('satisfied', 'fairlySatisfied'))`.as('satisfied'),
      sql<number>`sum(strftime('%s', complaints.created_at) - strftime('%s', complaints.received_at) <= ${deskLogMinutes * 60})`.as('loggedInTime'),
      sql<number>`sum((select count(*) from complaint_disputes where complaint_disputes.complaint_id = complaints.id))`.as('disputes'),
      sql<number>`sum((select count(*) from complaint_disputes where complaint_disputes.complaint_id = complaints.id and complaint_disputes.status = 'revised'))`.as('disputesRevised'),
    ])
    .executeTakeFirstOrThrow();
  const n = (value: unknown) => Number(value ?? 0);
  return {
    total: n(row.total),
    closed: n(row.closed),
    extended: n(row.extended),
    extensions: n(row.extensions),
    onTime: n(row.onTime),
    late: n(row.late),
    revisited: n(row.revisited),
    satisfied: n(row.satisfied),
    loggedInTime: n(row.loggedInTime),
    disputes: n(row.disputes),
    disputesRevised: n(row.disputesRevised),
  };
}

/** Per department (被投诉部门; 0 = none named): closed on time, and late. */
export async function timelinessByDepartment(db: Kysely<Database>, period: PeriodRange, now: string) {
  const rows = await counted(db, period)
    .select([
      sql<number>`coalesce(complaints.target_department_id, 0)`.as('department'),
      sql<number>`sum(${closedOnTime()})`.as('onTime'),
      sql<number>`sum(${late(now)})`.as('late'),
    ])
    .groupBy(sql`1`)
    .execute();
  return rows.map((row) => ({ department: Number(row.department), onTime: Number(row.onTime ?? 0), late: Number(row.late ?? 0) }));
}

/**
 * Working days from receipt to closing (calendar_ordinals must be current): the average, the median and the
 * slowest case. A case closed on the day it came in took 0 working days.
 */
export async function closingDays(db: Kysely<Database>, period: PeriodRange) {
  const days = counted(db, period)
    .innerJoin('calendar_ordinals as received', (join) => join.on(sql<boolean>`received.date = substr(complaints.received_at, 1, 10)`))
    .innerJoin('calendar_ordinals as closed', (join) => join.on(sql<boolean>`closed.date = substr(complaints.resolved_at, 1, 10)`))
    .where('complaints.resolved_at', 'is not', null)
    .select(['complaints.id', 'complaints.number', sql<number>`closed.ordinal - received.ordinal`.as('days')]);
  const summary = await db
    .with('d', () => days)
    .with('ranked', (qb) =>
      qb
        .selectFrom('d')
        .select(['d.days', sql<number>`row_number() over (order by d.days)`.as('rn'), sql<number>`count(*) over ()`.as('n')]),
    )
    .selectFrom('ranked')
    .select([sql<number | null>`avg(case when rn in ((n + 1) / 2, (n + 2) / 2) then days end)`.as('median'), sql<number | null>`avg(days)`.as('average')])
    .executeTakeFirst();
  const worst = await db.with('d', () => days).selectFrom('d').selectAll().orderBy('d.days', 'desc').orderBy('d.id').limit(1).executeTakeFirst();
  return {
    average: summary?.average ?? null,
    median: summary?.median ?? null,
    worst: worst ? { days: Number(worst.days), id: worst.id, number: worst.number } : null,
  };
}

/** Complainants (by phone, never the anonymous) and rooms with 2 or more complaints in the period, most first. */
export async function repeatComplainants(db: Kysely<Database>, period: PeriodRange, limit = 10) {
  return counted(db, period)
    .where('complaints.phone', 'is not', null)
    .where('complaints.anonymous', '=', 0)
    .select([
      'complaints.phone',
      sql<number>`min(complaints.id)`.as('sampleId'),
      sql<string | null>`max(complaints.complainant_name)`.as('name'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy('complaints.phone')
    .having((eb) => eb.fn.countAll(), '>=', 2)
    .orderBy('n', 'desc')
    .orderBy('complaints.phone')
    .limit(limit)
    .execute();
}

export async function repeatRooms(db: Kysely<Database>, period: PeriodRange, limit = 10) {
  return counted(db, period)
    .where('complaints.room_label', 'is not', null)
    .select(['complaints.room_label', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('complaints.room_label')
    .having((eb) => eb.fn.countAll(), '>=', 2)
    .orderBy('n', 'desc')
    .orderBy('complaints.room_label')
    .limit(limit)
    .execute();
}

/** Per month (YYYY-MM) over a span: received, late, reopened. */
export async function monthlyTrend(db: Kysely<Database>, start: string, end: string, now: string) {
  return db
    .selectFrom('complaints')
    .where('complaints.received_at', '>=', start)
    .where('complaints.received_at', '<', end)
    .where('complaints.status', '!=', 'voided')
    .select([
      sql<string>`substr(complaints.received_at, 1, 7)`.as('month'),
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`sum(${late(now)})`.as('late'),
      sql<number>`sum(complaints.round >= 1)`.as('recurring'),
    ])
    .groupBy(sql`1`)
    .execute();
}

/** Every department by id for the figures' labels, and 0 for complaints naming none. */
export async function departmentNames(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db.selectFrom('departments').select(['id', 'name']).execute();
  return new Map([[0, '未指定部门'], ...rows.map((row) => [row.id, row.name] as [number, string])]);
}
