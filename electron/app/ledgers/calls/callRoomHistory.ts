import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { callOutcomes, type CallOutcome } from '../../../../shared/domain/callLog';

export async function callRoomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const rows = await db
    .selectFrom('calls')
    .select(['id', 'number', 'called_at', 'caller_name', 'phone', 'matter', 'outcome'])
    .where('room_id', '=', roomId)
    .execute();
  return rows.map((row) => ({
    kind: 'call',
    id: row.id,
    number: row.number,
    at: row.called_at,
    summary: [row.caller_name, maskPhone(row.phone)].filter(Boolean).join(' ') + `:${excerpt(row.matter, 50)}`,
    statusLabel: callOutcomes[row.outcome as CallOutcome],
    open: row.outcome === 'pending',
  }));
}
