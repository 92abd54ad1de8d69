import { sql, type Kysely } from 'kysely';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { calendarStatus } from '../settings/calendarService';
import { selectAlerts, toAlert } from '../ledgers/complaints/complaintParts';
import { DomainError } from '../../../shared/contract/errors';
import { openStatuses } from '../../../shared/domain/complaintLifecycle';
import type { ComplaintStatus } from '../../../shared/domain/complaint';
import type { Alert, DeskItem, DeskList, DeskListName, DeskToday } from '../../../shared/domain/lifecycleRecords';
import { excerpt } from '../../../shared/domain/text';
import type { Actor } from '../auth/session';
import { lossDeclarationsDue } from '../ledgers/lossDeclarations/lossDeclarationDesk';

/** Most pressing first; the counts say how many more there are. */
const shown = 50;

function complaints(db: Kysely<Database>) {
  return db.selectFrom('complaints as c');
}
type Joined = ReturnType<typeof complaints>;

/** Count and the first rows of one desk list; `holder` is the assignee of the newest order, else the receiver. */
async function deskList(query: Joined, orderBy: 'due' | 'received' = 'due'): Promise<DeskList> {
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'c.id',
      'c.number',
      'c.content',
      'c.room_label',
      'c.status',
      'c.due_at',
      sql<string | null>`(SELECT s.name FROM work_orders w JOIN staff s ON s.id = w.assignee_staff_id WHERE w.complaint_id = c.id ORDER BY w.id DESC LIMIT 1)`.as('assignee'),
      sql<string>`(SELECT name FROM staff WHERE id = c.receiver_staff_id)`.as('receiver'),
    ])
    .orderBy(orderBy === 'due' ? 'c.due_at' : 'c.received_at')
    .orderBy('c.id')
    .limit(shown)
    .execute();
  const items: DeskItem[] = rows.map((row) => ({
    complaintId: row.id,
    number: row.number,
    title: excerpt(row.content, 40),
    roomLabel: row.room_label,
    status: row.status as ComplaintStatus,
    dueAt: row.due_at,
    holder: row.assignee ?? row.receiver,
  }));
  return { total: Number(total), items };
}

/** 今日待办: what is late, due today, waiting for a supervisor, a revisit, a department or a report. */
export async function deskToday(ctx: AppContext): Promise<DeskToday> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const endOfToday = `${now.slice(0, 10)}T23:59:59`;
  const open = () => complaints(db).where('c.status', 'in', [...openStatuses.filter((status) => status !== 'awaitingRevisit')]);
  const withIds = (subquery: string) => complaints(db).where(sql<boolean>`c.id IN (${sql.raw(subquery)})`);
  const lists: Record<DeskListName, DeskList> = {
    overdue: await deskList(open().where('c.due_at', '<', now)),
    dueToday: await deskList(open().where('c.due_at', '>=', now).where('c.due_at', '<=', endOfToday)),
    awaitingApproval: await deskList(complaints(db).where('c.status', '=', 'awaitingReview')),
    pendingExtensions: await deskList(withIds(`SELECT complaint_id FROM deadline_extensions WHERE status = 'pending'`)),
    revisitsDue: await deskList(complaints(db).where('c.status', '=', 'awaitingRevisit').where('c.revisit_due_at', '<=', endOfToday)),
    ordersNotCollected: await deskList(withIds(`SELECT complaint_id FROM work_orders WHERE status = 'issued'`)),
    capaDue: await deskList(withIds(`SELECT complaint_id FROM capa_reports WHERE status = 'requested'`)),
  };
  const alerts = await selectAlerts(db).where('alerts.acknowledged_at', 'is', null).orderBy('alerts.id', 'desc').limit(shown).execute();
  return {
    now,
    lists,
    alerts: alerts.map(toAlert),
    calendarUncovered: (await calendarStatus(db, now)).uncovered,
    lossDeclarations: await lossDeclarationsDue(db, now),
  };
}

/** The manager has seen it: the alert leaves the desk page and the sign-in notice. */
export async function acknowledgeAlert(ctx: AppContext, actor: Actor, id: number): Promise<Alert> {
  await inTransaction(ctx.db, async (trx) => {
    const alert = await trx.selectFrom('alerts').select('acknowledged_at').where('id', '=', id).executeTakeFirst();
    if (!alert) throw new DomainError('not_found', '该提醒不存在');
    if (alert.acknowledged_at !== null) return;
    await trx.updateTable('alerts').set({ acknowledged_by: actor.staffId, acknowledged_at: ctx.clock.now() }).where('id', '=', id).execute();
  });
  return toAlert(await selectAlerts(ctx.db).where('alerts.id', '=', id).executeTakeFirstOrThrow());
}
