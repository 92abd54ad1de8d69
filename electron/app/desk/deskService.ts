import type { AppContext } from '../context';
import { uncoveredSoon } from '../settings/calendarService';
import { toAlert } from '../ledgers/complaints/complaintApi';
import { DomainError } from '../../../shared/contract/errors';
import type { ComplaintStatus } from '../../../shared/domain/complaints/complaint';
import type { Alert } from '../../../shared/domain/complaints/complaintParts';
import type { DeskItem, DeskList, DeskListName, DeskToday } from '../../../shared/domain/desk/desk';
import { excerpt } from '../../../shared/domain/text';
import type { Actor } from '../auth/session';
import { lossDeclarationsDue } from '../ledgers/lossDeclarations/lossDeclarationApi';
import { acknowledge, acknowledgeUpTo, alertAcknowledgedAt, deskCounts, deskListNames, deskRows, findAlert, openAlerts } from './deskRepository';

/** 今日待办: what is late, due today, waiting for a supervisor, a revisit, a department or a report. */
export async function deskToday(ctx: AppContext, actor: Actor): Promise<DeskToday> {
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
  // A clerk acts on no alert; a supervisor on those whose complaint is still open; the manager acknowledges them all.
  const alerts = actor.role === 'clerk' ? { total: 0, rows: [] } : await openAlerts(db, actor.role === 'manager' ? 'all' : 'openComplaints');
  return {
    now,
    lists,
    alerts: alerts.rows.map(toAlert),
    alertTotal: alerts.total,
    calendarUncovered: await uncoveredSoon(db, now),
    lossDeclarations: await lossDeclarationsDue(db, now),
  };
}

/** The manager has seen it: the alert leaves the desk page and the sign-in notice. */
export async function acknowledgeAlert(ctx: AppContext, actor: Actor, id: number): Promise<Alert> {
  const alert = await alertAcknowledgedAt(ctx.db, id);
  if (!alert) throw new DomainError('not_found', '该提醒不存在');
  if (alert.acknowledged_at === null) await acknowledge(ctx.db, id, actor.staffId, ctx.clock.now());
  return toAlert(await findAlert(ctx.db, id));
}

/** 全部知悉: the manager has seen every alert on the desk, up to the newest one shown. */
export async function acknowledgeAllAlerts(ctx: AppContext, actor: Actor, upToId: number): Promise<{ acknowledged: number }> {
  return { acknowledged: await acknowledgeUpTo(ctx.db, upToId, actor.staffId, ctx.clock.now()) };
}
