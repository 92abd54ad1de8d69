import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { lastSatisfaction } from './complaintStatisticsRepository';

/**
 * Past cases as the experience base shows them: what it was about, who handled it (the department of its latest
 * work order, else the one complained about), how it ended and how the owner took it, and its 经验总结 if any.
 */
export async function caseOutcomes(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('complaints')
    .leftJoin('experience_entries as lesson', (join) => join.onRef('lesson.complaint_id', '=', 'complaints.id').on('lesson.active', '=', 1))
    .select([
      'complaints.id',
      'complaints.number',
      'complaints.received_at',
      'complaints.content',
      'complaints.category',
      'complaints.severity',
      'complaints.status',
      'complaints.handling_result',
      'complaints.corrective_action',
      'complaints.resolved_at',
      'lesson.text as lesson',
      sql<number | null>`coalesce((select w.department_id from work_orders w where w.complaint_id = complaints.id order by w.id desc limit 1), complaints.target_department_id)`.as('department_id'),
      lastSatisfaction().as('satisfaction'),
    ])
    .where('complaints.id', 'in', ids)
    .execute();
}
export type CaseOutcomeRow = Awaited<ReturnType<typeof caseOutcomes>>[number];

/** The same room's or phone's complaints since a day, not voided, newest first, with their words. */
export async function recentComplaintsOf(db: Kysely<Database>, who: { roomId: number | null; phone: string | null }, since: string) {
  if (who.roomId === null && who.phone === null) return [];
  return db
    .selectFrom('complaints')
    .leftJoin('case_words', 'case_words.complaint_id', 'complaints.id')
    .select(['complaints.id', 'complaints.number', 'complaints.received_at', 'complaints.category', 'complaints.status', 'complaints.content', 'case_words.words'])
    .where('complaints.status', '!=', 'voided')
    .where('complaints.received_at', '>=', since)
    .where((eb) =>
      eb.or([...(who.roomId !== null ? [eb('complaints.room_id', '=', who.roomId)] : []), ...(who.phone !== null ? [eb('complaints.phone', '=', who.phone)] : [])]),
    )
    .orderBy('complaints.received_at', 'desc')
    .limit(50)
    .execute();
}

/**
 * The newest cases (not voided) with what they were about and who handled them: what the experience base's
 * character model learns from. The newest stand for the rest, as the office's words drift.
 */
export async function trainingCases(db: Kysely<Database>, limit: number, afterId = 0) {
  return db
    .selectFrom('complaints')
    .select([
      'complaints.id',
      'complaints.content',
      'complaints.category',
      sql<number | null>`coalesce((select w.department_id from work_orders w where w.complaint_id = complaints.id order by w.id desc limit 1), complaints.target_department_id)`.as('department_id'),
    ])
    .where('complaints.status', '!=', 'voided')
    .where('complaints.id', '>', afterId)
    .orderBy('complaints.id', 'desc')
    .limit(limit)
    .execute();
}

/** The newest case's id: a case filed since the character model was built is added to it. */
export async function newestCaseId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('complaints').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return row?.id ?? 0;
}
