import { sql } from 'kysely';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { complaintStatuses } from '../../../../shared/domain/complaints/complaint';
import { openStatuses } from '../../../../shared/domain/complaints/complaintLifecycle';
import { excerpt } from '../../../../shared/domain/text';

/** A room's complaints, through complaints_room_id_received (room, time, id). */
export const complaintRoomHistory: RoomHistorySource<{ number: string; content: string; status: string }> = {
  kind: 'complaint',
  records: (db, roomId) =>
    db.selectFrom('complaints').select(['id', 'received_at as at', fields('number', 'content', 'status').as('data')]).where('room_id', '=', roomId),
  item: (id, at, row) => ({
    kind: 'complaint',
    id,
    number: row.number,
    at,
    summary: excerpt(row.content, 60),
    statusLabel: complaintStatuses[row.status as keyof typeof complaintStatuses],
    open: openStatuses.includes(row.status as (typeof openStatuses)[number]),
  }),
  counts: (db, roomId) =>
    db
      .selectFrom('complaints')
      .select(totalAndOpen(sql`status IN (${sql.join(openStatuses.map((status) => sql.lit(status)))})`))
      .where('room_id', '=', roomId),
};
