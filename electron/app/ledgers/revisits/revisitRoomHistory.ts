import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { revisitPurposes, revisitStatuses, revisitSubjectKinds, type RevisitPurpose, type RevisitStatus, type RevisitSubjectKind } from '../../../../shared/domain/revisit';
import { satisfactionLevels, type SatisfactionLevel } from '../../../../shared/domain/complaintLifecycle';
import { excerpt } from '../../../../shared/domain/text';

/** A room's revisits: done ones when they were made, planned ones by when they are due (still to do: open). */
export async function revisitRoomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const room = await db.selectFrom('rooms').select('label').where('id', '=', roomId).executeTakeFirst();
  if (!room) return [];
  const rows = await db
    .selectFrom('revisits')
    .select(['id', 'number', 'subject_kind', 'purpose', 'status', 'due_at', 'revisited_at', 'feedback', 'satisfaction'])
    .where('room_label', '=', room.label)
    .where('status', '!=', 'cancelled')
    .execute();
  return rows.map((row) => {
    const satisfaction = row.satisfaction ? satisfactionLevels[row.satisfaction as SatisfactionLevel] : null;
    return {
      kind: 'revisit',
      id: row.id,
      number: row.number,
      at: row.revisited_at ?? row.due_at,
      summary: row.feedback
        ? excerpt(`${revisitSubjectKinds[row.subject_kind as RevisitSubjectKind]}回访:${row.feedback}`, 60)
        : `${revisitSubjectKinds[row.subject_kind as RevisitSubjectKind]}${revisitPurposes[row.purpose as RevisitPurpose]}`,
      statusLabel: satisfaction ?? revisitStatuses[row.status as RevisitStatus],
      open: row.status === 'planned',
    };
  });
}
