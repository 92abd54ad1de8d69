import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema';
import { preparedRead } from '../db/preparedRead';
import { selectAlerts } from '../ledgers/complaints/complaintApi';
import { openStatuses } from '../../../shared/domain/complaints/complaintLifecycle';
import type { DeskListName } from '../../../shared/domain/desk/desk';

/** Most pressing first; the counts say how many more there are. */
const shown = 50;

const openNotRevisit = openStatuses.filter((status) => status !== 'awaitingRevisit');

/** Each desk list as a condition on `complaints as c`; `now` and `end` (of today) are the only values. */
const deskConditions: Record<DeskListName, (params: { now: string; end: string }) => Expression<SqlBool>> = {
  notDispatched: () => sql<SqlBool>`c.status = 'accepted'`,
  overdue: ({ now }) => sql<SqlBool>`c.status IN (${sql.join(openNotRevisit.map((status) => sql.lit(status)))}) AND c.due_at < ${now}`,
  dueToday: ({ now, end }) =>
    sql<SqlBool>`c.status IN (${sql.join(openNotRevisit.map((status) => sql.lit(status)))}) AND c.due_at >= ${now} AND c.due_at <= ${end}`,
  awaitingApproval: () => sql<SqlBool>`c.status = 'awaitingReview'`,
  pendingExtensions: () => sql<SqlBool>`c.id IN (SELECT complaint_id FROM deadline_extensions WHERE status = 'pending')`,
  ordersNotCollected: () => sql<SqlBool>`c.id IN (SELECT complaint_id FROM work_orders WHERE status = 'issued')`,
  capaDue: () => sql<SqlBool>`c.id IN (SELECT complaint_id FROM capa_reports WHERE status = 'requested')`,
};
export const deskListNames = Object.keys(deskConditions) as DeskListName[];

/** The counts in one statement. */
export const deskCounts = preparedRead((db, params: { now: string; end: string }) =>
  db.selectNoFrom(
    deskListNames.map((name) =>
      db
        .selectFrom('complaints as c')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(deskConditions[name](params))
        .as(name),
    ),
  ),
);

/**
 * The first rows of the lists in one statement, each through its own index, most pressing (due) first;
 * `holder` is the assignee of the newest order, else the receiver.
 */
export const deskRows = preparedRead((db, params: { now: string; end: string }) => {
  const arms = deskListNames.map((name, index) =>
    db
      .selectFrom(
        db
          .selectFrom('complaints as c')
          .select([
            sql<number>`${sql.lit(index)}`.as('list'),
            'c.id',
            'c.number',
            'c.content',
            'c.room_label',
            'c.status',
            'c.due_at',
            sql<string | null>`(SELECT s.name FROM work_orders w JOIN staff s ON s.id = w.assignee_staff_id WHERE w.complaint_id = c.id ORDER BY w.id DESC LIMIT 1)`.as('assignee'),
            sql<string>`(SELECT name FROM staff WHERE id = c.receiver_staff_id)`.as('receiver'),
          ])
          .where(deskConditions[name](params))
          .orderBy('c.due_at')
          .orderBy('c.id')
          // A literal: SQLite plans a compound's bound LIMITs several times slower.
          .limit(sql.lit(shown))
          .as('list'),
      )
      .selectAll(),
  );
  return arms
    .slice(1)
    .reduce((query, arm) => query.unionAll(arm), arms[0]!)
    .orderBy('list')
    .orderBy('due_at')
    .orderBy('id');
});

/** Whose alerts: the manager's are every one not yet acknowledged; a supervisor's, those whose complaint is still open. */
export type AlertScope = 'all' | 'openComplaints';

function unacknowledged(db: Kysely<Database>, scope: AlertScope) {
  const query = selectAlerts(db).where('alerts.acknowledged_at', 'is', null);
  return scope === 'all' ? query : query.where('complaints.status', 'in', openStatuses);
}

/** The alerts nobody has acknowledged yet: how many in all, and the newest of them. */
export async function openAlerts(db: Kysely<Database>, scope: AlertScope) {
  const { total } = await db
    .selectFrom(unacknowledged(db, scope).as('a'))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await unacknowledged(db, scope).orderBy('alerts.id', 'desc').limit(sql.lit(shown)).execute();
  return { total: Number(total), rows };
}

/** Every alert not yet acknowledged up to `upToId` (what the manager had on screen); answers how many. */
export async function acknowledgeUpTo(trx: Kysely<Database>, upToId: number, staffId: number, at: string): Promise<number> {
  const result = await trx
    .updateTable('alerts')
    .set({ acknowledged_by: staffId, acknowledged_at: at })
    .where('acknowledged_at', 'is', null)
    .where('id', '<=', upToId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function alertAcknowledgedAt(trx: Kysely<Database>, id: number) {
  return trx.selectFrom('alerts').select('acknowledged_at').where('id', '=', id).executeTakeFirst();
}

export async function acknowledge(trx: Kysely<Database>, id: number, staffId: number, at: string): Promise<void> {
  await trx.updateTable('alerts').set({ acknowledged_by: staffId, acknowledged_at: at }).where('id', '=', id).execute();
}

export async function findAlert(db: Kysely<Database>, id: number) {
  return selectAlerts(db).where('alerts.id', '=', id).executeTakeFirstOrThrow();
}
