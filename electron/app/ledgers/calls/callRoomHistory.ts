import { sql } from 'kysely';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { callOutcomes, type CallOutcome } from '../../../../shared/domain/calls/callLog';

/** A room's calls, through calls_room (room, time, id); a call still 待处理 is open. */
export const callRoomHistory: RoomHistorySource<{ number: string; caller_name: string | null; phone: string | null; matter: string; outcome: string }> = {
  kind: 'call',
  records: (db, roomId) =>
    db
      .selectFrom('calls')
      .select(['id', 'called_at as at', fields('number', 'caller_name', 'phone', 'matter', 'outcome').as('data')])
      .where('room_id', '=', roomId),
  item: (id, at, row) => ({
    kind: 'call',
    id,
    number: row.number,
    at,
    summary: [row.caller_name, maskPhone(row.phone)].filter(Boolean).join(' ') + `:${excerpt(row.matter, 50)}`,
    statusLabel: callOutcomes[row.outcome as CallOutcome],
    open: row.outcome === 'pending',
  }),
  counts: (db, roomId) => db.selectFrom('calls').select(totalAndOpen(sql`outcome = 'pending'`)).where('room_id', '=', roomId),
};
