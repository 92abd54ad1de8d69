import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { changeRecord } from '../../records/recordChange';
import { alertKinds, repeatRule, type AlertKind } from '../../../../shared/domain/complaints/complaintLifecycle';
import { complaintSeverities, type ComplaintSeverity } from '../../../../shared/domain/complaints/complaint';
import { excerpt } from '../../../../shared/domain/text';
import { findComplaintRow } from './complaintRepository';
import { insertAlert, insertRepeats, sameMatterSince, type RepeatSubject } from './complaintPartsRepository';
import { changingComplaint } from './complaintChange';
import { calendarDaysAfter, complaintDeadline } from './deadlines';

/** The manager is told at once: the alert waits on the desk page and at the manager's next sign-in. */
export async function raiseAlert(trx: Kysely<Database>, complaintId: number, kind: AlertKind, detail: string, now: string): Promise<void> {
  await insertAlert(trx, { complaint_id: complaintId, kind, message: `${alertKinds[kind]}:${detail}`, created_at: now });
}

/**
 * seed 004: an owner who complains about the same matter 5 or more times within a month turns a 一般 complaint
 * into 严重. Same matter = same 投诉分类; same owner = same room or same phone. Voided records do not count.
 * Answers the earlier complaints when this one is at least the 5th, else nothing.
 */
async function earlierRepeats(trx: Kysely<Database>, subject: RepeatSubject): Promise<number[]> {
  if (subject.roomId === null && subject.phone === null) return [];
  const since = calendarDaysAfter(subject.receivedAt, -repeatRule.withinDays).slice(0, 10);
  const rows = await sameMatterSince(trx, subject, since);
  return rows.length >= repeatRule.count - 1 ? rows.map((row) => row.id) : [];
}

/** Serious, major and urgent complaints go to the manager at once; the 5th repeat within 30 days becomes 严重. */
export async function escalate(trx: Kysely<Database>, actor: Actor, id: number, now: string): Promise<void> {
  const row = (await findComplaintRow(trx, id))!;
  let severity = row.severity as ComplaintSeverity;
  if (severity === 'general') {
    const earlier = await earlierRepeats(trx, { id, receivedAt: row.received_at, category: row.category, roomId: row.room_id, phone: row.phone });
    if (earlier.length > 0) {
      severity = 'serious';
      await insertRepeats(trx, id, earlier);
      await changeRecord(trx, changingComplaint, row, actor, now, {
        action: '升级',
        summary: `30 天内同一事项第 ${earlier.length + 1} 次投诉,由“一般”升级为“严重”`,
        set: { severity, escalated_from: 'general', due_at: await complaintDeadline(trx, row.received_at, severity, row.urgent === 1) },
      });
      await raiseAlert(trx, id, 'repeat', `${row.number} 为 30 天内同一事项第 ${earlier.length + 1} 次投诉`, now);
    }
  }
  if (severity === 'major' || severity === 'serious') {
    await raiseAlert(trx, id, 'severe', `${row.number}(${complaintSeverities[severity]})${excerpt(row.content, 30)}`, now);
  }
  if (row.urgent === 1) await raiseAlert(trx, id, 'urgent', `${row.number} ${excerpt(row.content, 30)}`, now);
}
