import { sql } from 'kysely';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { openRepairStatuses, repairStatuses, type RepairStatus } from '../../../../shared/domain/repairs/repair';

/** A room's repairs, through repairs_room (room, time, id). */
export const repairRoomHistory: RoomHistorySource<{ number: string; reporter_name: string | null; phone: string | null; content: string; status: string }> = {
  kind: 'repair',
  records: (db, roomId) =>
    db
      .selectFrom('repairs')
      .select(['id', 'reported_at as at', fields('number', 'reporter_name', 'phone', 'content', 'status').as('data')])
      .where('room_id', '=', roomId),
  item: (id, at, row) => ({
    kind: 'repair',
    id,
    number: row.number,
    at,
    summary: [row.reporter_name, maskPhone(row.phone)].filter(Boolean).join(' ') + `:${excerpt(row.content, 50)}`,
    statusLabel: repairStatuses[row.status as RepairStatus],
    open: openRepairStatuses.includes(row.status as RepairStatus),
  }),
  counts: (db, roomId) =>
    db
      .selectFrom('repairs')
      .select(totalAndOpen(sql`status IN (${sql.join(openRepairStatuses.map((status) => sql.lit(status)))})`))
      .where('room_id', '=', roomId),
};
