import { sql } from 'kysely';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { inspectionOutcomes, isOpenInspection, type InspectionOutcome } from '../../../../shared/domain/inspections/inspection';
import { excerpt } from '../../../../shared/domain/text';

/** Inspections belong to a room through the complaint they checked. */
function ofRoom(db: Parameters<RoomHistorySource['records']>[0], roomId: number) {
  return db.selectFrom('inspections').innerJoin('complaints', 'complaints.id', 'inspections.complaint_id').where('complaints.room_id', '=', roomId);
}

/** A room's inspections; one that needs following up (isOpenInspection) is open. */
export const inspectionRoomHistory: RoomHistorySource<{ number: string; findings: string; outcome: string }> = {
  kind: 'inspection',
  records: (db, roomId) =>
    ofRoom(db, roomId).select([
      'inspections.id',
      'inspections.inspected_at as at',
      fields('inspections.number', 'inspections.findings', 'inspections.outcome').as('data'),
    ]),
  item: (id, at, row) => ({
    kind: 'inspection',
    id,
    number: row.number,
    at,
    summary: excerpt(row.findings, 60),
    statusLabel: inspectionOutcomes[row.outcome as InspectionOutcome],
    open: isOpenInspection(row.outcome as InspectionOutcome),
  }),
  counts: (db, roomId) => ofRoom(db, roomId).select(totalAndOpen(sql`inspections.outcome = 'followUp'`)),
};
