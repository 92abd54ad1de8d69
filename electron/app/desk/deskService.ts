import { sql, type Expression, type SqlBool } from 'kysely';
import type { AppContext } from '../context';
import { inCall } from '../db/inCall';
import { uncoveredSoon } from '../settings/calendarService';
import { preparedRead } from '../db/preparedRead';
import { selectAlerts, toAlert } from '../ledgers/complaints/complaintPartsRepository';
import { DomainError } from '../../../shared/contract/errors';
import { openStatuses } from '../../../shared/domain/complaints/complaintLifecycle';
import type { ComplaintStatus } from '../../../shared/domain/complaints/complaint';
import type { Alert } from '../../../shared/domain/complaints/complaintParts';
import type { DeskItem, DeskList, DeskListName, DeskToday } from '../../../shared/domain/desk/desk';
import { excerpt } from '../../../shared/domain/text';
import type { Actor } from '../auth/session';
import { lossDeclarationsDue } from '../ledgers/lossDeclarations/lossDeclarationDesk';

/** Most pressing first; the counts say how many more there are. */
const shown = 50;

const openNotRevisit = openStatuses.filter((status) => status !== 'awaitingRevisit');

/** Each desk list as a condition on `complaints as c`; `now` and `end` (of today) are the only values. */
const deskConditions: Record<DeskListName, (params: { now: string; end: string }) => Expression<SqlBool>> = {
  overdue: ({ now }) => sql<SqlBool>`c.status IN (${sql.join(openNotRevisit.map((status) => sql.lit(status)))}) AND c.due_at < ${now}`,
  dueToday: ({ now, end }) =>
    sql<SqlBool>`c.status IN (${sql.join(openNotRevisit.map((status) => sql.lit(status)))}) AND c.due_at >= ${now} AND c.due_at <= ${end}`,
  awaitingApproval: () => sql<SqlBool>`c.status = 'awaitingReview'`,
  pendingExtensions: () => sql<SqlBool>`c.id IN (SELECT complaint_id FROM deadline_extensions WHERE status = 'pending')`,
  revisitsDue: ({ end }) => sql<SqlBool>`c.status = 'awaitingRevisit' AND c.revisit_due_at <= ${end}`,
  ordersNotCollected: () => sql<SqlBool>`c.id IN (SELECT complaint_id FROM work_orders WHERE status = 'issued')`,
  capaDue: () => sql<SqlBool>`c.id IN (SELECT complaint_id FROM capa_reports WHERE status = 'requested')`,
};
const deskListNames = Object.keys(deskConditions) as DeskListName[];

/** The seven counts in one statement. */
const deskCounts = preparedRead((db, params: { now: string; end: string }) =>
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
 * The first rows of the seven lists in one statement, each through its own index, most pressing (due) first;
 * `holder` is the assignee of the newest order, else the receiver.
 */
const deskRows = preparedRead((db, params: { now: string; end: string }) => {
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

/** The alerts nobody has acknowledged yet, newest first. */
const openAlerts = preparedRead((db) => selectAlerts(db).where('alerts.acknowledged_at', 'is', null).orderBy('alerts.id', 'desc').limit(sql.lit(shown)));

/** 今日待办: what is late, due today, waiting for a supervisor, a revisit, a department or a report. */
export async function deskToday(ctx: AppContext): Promise<DeskToday> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const params = { now, end: `${now.slice(0, 10)}T23:59:59` };
  const [counts] = await deskCounts(db, params);
  const lists = Object.fromEntries(deskListNames.map((name) => [name, { total: Number(counts![name]), items: [] as DeskItem[] }])) as Record<DeskListName, DeskList>;
  for (const row of await deskRows(db, params)) {
    lists[deskListNames[row.list]!].items.push({
      complaintId: row.id,
      number: row.number,
      title: excerpt(row.content, 40),
      roomLabel: row.room_label,
      status: row.status as ComplaintStatus,
      dueAt: row.due_at,
      holder: row.assignee ?? row.receiver,
    });
  }
  const alerts = await openAlerts(db, {});
  return {
    now,
    lists,
    alerts: alerts.map(toAlert),
    calendarUncovered: await uncoveredSoon(db, now),
    lossDeclarations: await lossDeclarationsDue(db, now),
  };
}

/** The manager has seen it: the alert leaves the desk page and the sign-in notice. */
export async function acknowledgeAlert(ctx: AppContext, actor: Actor, id: number): Promise<Alert> {
  await inCall(ctx.db, async (trx) => {
    const alert = await trx.selectFrom('alerts').select('acknowledged_at').where('id', '=', id).executeTakeFirst();
    if (!alert) throw new DomainError('not_found', '该提醒不存在');
    if (alert.acknowledged_at !== null) return;
    await trx.updateTable('alerts').set({ acknowledged_by: actor.staffId, acknowledged_at: ctx.clock.now() }).where('id', '=', id).execute();
  });
  return toAlert(await selectAlerts(ctx.db).where('alerts.id', '=', id).executeTakeFirstOrThrow());
}
