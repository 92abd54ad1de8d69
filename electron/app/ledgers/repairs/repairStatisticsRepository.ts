import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { PeriodRange } from '../../statistics/periods';
import { deskLogMinutes } from '../../../../shared/domain/statistics/statistics';

/** The period's repairs as every figure counts them: reported in the period, never voided. */
export function countedRepairs(db: Kysely<Database>, period: PeriodRange) {
  return db
    .selectFrom('repairs')
    .where('repairs.reported_at', '>=', period.start)
    .where('repairs.reported_at', '<', period.end)
    .where('repairs.status', '!=', 'voided');
}

const minutesOnTheWay = sql<number>`(julianday(repairs.arrived_at) - julianday(repairs.collected_at)) * 1440`;
const hoursToComplete = sql<number>`(julianday(repairs.completed_at) - julianday(repairs.reported_at)) * 24`;
/** Matches the repair list's `arrived: 'onTime'` filter. */
const onSiteInTime = sql<number>`(repairs.arrived_at is not null and repairs.arrived_at <= repairs.on_site_due_at)`;

/** Count per category or per department (0 = not dispatched yet). */
export async function repairCountBy(db: Kysely<Database>, period: PeriodRange, key: 'category' | 'department'): Promise<Map<string, number>> {
  const column = key === 'category' ? sql<string>`repairs.category` : sql<string>`coalesce(repairs.department_id, 0)`;
  const rows = await countedRepairs(db, period)
    .select([column.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(sql`1`)
    .execute();
  return new Map(rows.map((row) => [String(row.key), Number(row.n)]));
}

export async function repairTotals(db: Kysely<Database>, period: PeriodRange) {
  const row = await countedRepairs(db, period)
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`sum(strftime('%s', repairs.created_at) - strftime('%s', repairs.reported_at) <= ${deskLogMinutes * 60})`.as('loggedInTime'),
      sql<number>`count(repairs.arrived_at)`.as('arrived'),
      sql<number>`sum(${onSiteInTime})`.as('onSiteInTime'),
      sql<number | null>`avg(case when repairs.arrived_at is not null and repairs.collected_at is not null then ${minutesOnTheWay} end)`.as('averageMinutes'),
      sql<number>`count(repairs.completed_at)`.as('completed'),
      sql<number | null>`avg(case when repairs.completed_at is not null then ${hoursToComplete} end)`.as('averageHours'),
    ])
    .executeTakeFirstOrThrow();
  const n = (value: unknown) => Number(value ?? 0);
  return {
    total: n(row.total),
    loggedInTime: n(row.loggedInTime),
    arrived: n(row.arrived),
    onSiteInTime: n(row.onSiteInTime),
    averageMinutes: row.averageMinutes === null ? null : Number(row.averageMinutes),
    completed: n(row.completed),
    averageHours: row.averageHours === null ? null : Number(row.averageHours),
  };
}

/** The median of reported → completed in hours, ranked in SQL (the two middle values averaged when even). */
export async function medianCompletionHours(db: Kysely<Database>, period: PeriodRange): Promise<number | null> {
  const hours = countedRepairs(db, period).where('repairs.completed_at', 'is not', null).select(hoursToComplete.as('hours'));
  const row = await db
    .with('h', () => hours)
    .with('ranked', (qb) => qb.selectFrom('h').select(['h.hours', sql<number>`row_number() over (order by h.hours)`.as('rn'), sql<number>`count(*) over ()`.as('n')]))
    .selectFrom('ranked')
    .select(sql<number | null>`avg(case when rn in ((n + 1) / 2, (n + 2) / 2) then hours end)`.as('median'))
    .executeTakeFirst();
  return row?.median ?? null;
}

/** Per department: arrivals, on site within the timer, average hours to complete. */
export async function repairTimesByDepartment(db: Kysely<Database>, period: PeriodRange) {
  const rows = await countedRepairs(db, period)
    .where('repairs.department_id', 'is not', null)
    .select([
      sql<number>`repairs.department_id`.as('department'),
      sql<number>`count(repairs.arrived_at)`.as('arrived'),
      sql<number>`sum(${onSiteInTime})`.as('onSiteInTime'),
      sql<number | null>`avg(case when repairs.completed_at is not null then ${hoursToComplete} end)`.as('averageHours'),
    ])
    .groupBy(sql`1`)
    .execute();
  return rows.map((row) => ({
    department: Number(row.department),
    arrived: Number(row.arrived),
    onSiteInTime: Number(row.onSiteInTime ?? 0),
    averageHours: row.averageHours === null ? null : Number(row.averageHours),
  }));
}

export async function monthlyRepairs(db: Kysely<Database>, start: string, end: string) {
  return db
    .selectFrom('repairs')
    .where('repairs.reported_at', '>=', start)
    .where('repairs.reported_at', '<', end)
    .where('repairs.status', '!=', 'voided')
    .select([sql<string>`substr(repairs.reported_at, 1, 7)`.as('month'), (eb) => eb.fn.countAll<number>().as('total')])
    .groupBy(sql`1`)
    .execute();
}
