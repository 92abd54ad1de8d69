import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

function repairs(db: Kysely<Database>) {
  return db.selectFrom('repairs as r').leftJoin('staff as assignee', 'assignee.id', 'r.assignee_staff_id');
}

/** How many repairs missed the time, and the first `limit` of them, the longest missed first. */
async function pastDue(query: ReturnType<typeof repairs>, due: 'r.reported_at' | 'r.collect_due_at' | 'r.on_site_due_at' | 'r.due_at', limit: number) {
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['r.id', 'r.number', 'r.content', 'r.room_label', 'r.status', `${due} as missed`, 'assignee.name as holder'])
    .orderBy(due)
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return { total: Number(total), rows };
}
export type PastDueRepairs = Awaited<ReturnType<typeof pastDue>>;

/** Repairs registered and not yet dispatched, the oldest report first (`missed` is when it was reported). */
export function repairsNotDispatched(db: Kysely<Database>, limit: number): Promise<PastDueRepairs> {
  return pastDue(repairs(db).where('r.status', '=', 'accepted'), 'r.reported_at', limit);
}

/** Orders dispatched but not collected by their time. */
export function repairsNotCollected(db: Kysely<Database>, now: string, limit: number): Promise<PastDueRepairs> {
  return pastDue(repairs(db).where('r.status', '=', 'dispatched').where('r.collect_due_at', '<', now), 'r.collect_due_at', limit);
}

/** Orders collected but nobody on site by their time. */
export function repairsNotOnSite(db: Kysely<Database>, now: string, limit: number): Promise<PastDueRepairs> {
  return pastDue(repairs(db).where('r.status', '=', 'collected').where('r.on_site_due_at', '<', now), 'r.on_site_due_at', limit);
}

/** Repairs still in hand past their completion limit. */
export function repairsOverdue(db: Kysely<Database>, now: string, limit: number): Promise<PastDueRepairs> {
  return pastDue(repairs(db).where('r.status', 'in', ['dispatched', 'collected', 'inProgress']).where('r.due_at', '<', now), 'r.due_at', limit);
}
