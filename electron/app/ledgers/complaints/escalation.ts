import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { alertKinds, repeatRule, type AlertKind } from '../../../../shared/domain/complaints/complaintLifecycle';
import { calendarDaysAfter } from './deadlines';

/** The manager is told at once: the alert waits on the desk page and at the manager's next sign-in. */
export async function raiseAlert(trx: Kysely<Database>, complaintId: number, kind: AlertKind, detail: string, now: string): Promise<void> {
  await trx
    .insertInto('alerts')
    .values({ complaint_id: complaintId, kind, message: `${alertKinds[kind]}:${detail}`, created_at: now })
    .execute();
}

export interface RepeatSubject {
  id: number;
  receivedAt: string;
  category: string;
  roomId: number | null;
  phone: string | null;
}

/**
 * seed 004: an owner who complains about the same matter 5 or more times within a month turns a 一般 complaint
 * into 严重. Same matter = same 投诉分类; same owner = same room or same phone. Voided records do not count.
 * Answers the earlier complaints when this one is at least the 5th, else nothing.
 */
export async function earlierRepeats(trx: Kysely<Database>, subject: RepeatSubject): Promise<number[]> {
  if (subject.roomId === null && subject.phone === null) return [];
  const since = calendarDaysAfter(subject.receivedAt, -repeatRule.withinDays).slice(0, 10);
  const rows = await trx
    .selectFrom('complaints')
    .select('id')
    .where('id', '!=', subject.id)
    .where('category', '=', subject.category)
    .where('status', '!=', 'voided')
    .where('received_at', '>=', `${since}T00:00:00`)
    .where('received_at', '<=', subject.receivedAt)
    .where((eb) =>
      eb.or([
        ...(subject.roomId !== null ? [eb('room_id', '=', subject.roomId)] : []),
        ...(subject.phone !== null ? [eb('phone', '=', subject.phone)] : []),
      ]),
    )
    .orderBy('received_at')
    .execute();
  return rows.length >= repeatRule.count - 1 ? rows.map((row) => row.id) : [];
}
