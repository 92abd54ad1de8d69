import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { inspectionOutcomes, isOpenInspection, type InspectionOutcome } from '../../../../shared/domain/inspection';
import { excerpt } from '../../../../shared/domain/text';

/** Inspections belong to a room through the complaint they checked. */
export async function inspectionRoomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const rows = await db
    .selectFrom('inspections')
    .innerJoin('complaints', 'complaints.id', 'inspections.complaint_id')
    .select(['inspections.id', 'inspections.number', 'inspections.inspected_at', 'inspections.findings', 'inspections.outcome'])
    .where('complaints.room_id', '=', roomId)
    .execute();
  return rows.map((row) => {
    const outcome = row.outcome as InspectionOutcome;
    return {
      kind: 'inspection',
      id: row.id,
      number: row.number,
      at: row.inspected_at,
      summary: excerpt(row.findings, 60),
      statusLabel: inspectionOutcomes[outcome],
      open: isOpenInspection(outcome),
    };
  });
}
