import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { deadlineText, recountedDeadline, type CalendarChange, type WorkingDeadlines } from '../../calendar/calendarChange';
import { changeRecord } from '../../records/recordChange';
import { changingComplaint } from './complaintChange';
import { findComplaintRow, openComplaintDeadlines } from './complaintRepository';
import { approvedExtensions, moveExtension } from './deadlineExtensionRepository';
import { openWorkOrderDeadlines, updateWorkOrder } from './workOrderRepository';
import { openCapaDeadlines, updateCapaReport } from './capaReportRepository';

const moved = (what: string, from: string, to: string) => `${what} ${deadlineText(from)} 改为 ${deadlineText(to)}`;

/** The complaint's own limit from its receipt, then each approved extension on from where the one before now ends. */
async function recountComplaint(trx: Kysely<Database>, change: CalendarChange, row: { id: number; received_at: string; due_at: string | null }, notes: string[]) {
  const extensions = await approvedExtensions(trx, row.id);
  const ownDue = extensions[0]?.previous_due_at ?? row.due_at!;
  let due = recountedDeadline(change, row.received_at, ownDue) ?? ownDue;
  for (const extension of extensions) {
    const extended = recountedDeadline(change, extension.previous_due_at, extension.requested_due_at, due) ?? extension.requested_due_at;
    if (due !== extension.previous_due_at || extended !== extension.requested_due_at) {
      await moveExtension(trx, extension.id, due, extended);
      if (extended !== extension.requested_due_at) notes.push(moved('批准的延期', extension.requested_due_at, extended));
    }
    due = extended;
  }
  if (due !== row.due_at) notes.unshift(moved('处理期限', row.due_at!, due));
  return due;
}

/**
 * Open complaints, the work orders still with a department and the CAPA reports not yet in: each deadline counted
 * again, one history row per complaint naming every limit that moved, from what to what, and why.
 */
export const complaintDeadlines: WorkingDeadlines = {
  async recount(trx, change) {
    const notes = new Map<number, string[]>();
    const noteFor = (id: number) => notes.get(id) ?? notes.set(id, []).get(id)!;
    const dues = new Map<number, string>();
    for (const row of await openComplaintDeadlines(trx)) {
      const due = await recountComplaint(trx, change, row, noteFor(row.id));
      if (due !== row.due_at) dues.set(row.id, due);
    }
    for (const order of await openWorkOrderDeadlines(trx)) {
      const due = recountedDeadline(change, order.issued_at, order.due_at);
      if (!due || order.complaint_id === null) continue;
      await updateWorkOrder(trx, order.id, { due_at: due });
      noteFor(order.complaint_id).push(moved(`派工单 ${order.number} 要求完成时间`, order.due_at, due));
    }
    for (const report of await openCapaDeadlines(trx)) {
      const due = recountedDeadline(change, report.requested_at, report.due_at);
      if (!due) continue;
      await updateCapaReport(trx, report.id, { due_at: due });
      noteFor(report.complaint_id).push(moved(`纠正/预防措施报告 ${report.number} 期限`, report.due_at, due));
    }
    let count = 0;
    for (const [id, lines] of notes) {
      if (lines.length === 0) continue;
      const row = (await findComplaintRow(trx, id))!;
      const due = dues.get(id);
      await changeRecord(trx, changingComplaint, row, change.actor, change.now, {
        action: '期限重新计算',
        summary: `工作日历变更,期限重新计算:${lines.join(';')}`,
        set: due ? { due_at: due } : {},
        reason: change.why,
      });
      count++;
    }
    return count;
  },
};
