import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { openRepairStatuses, repairStatuses, type RepairStatus } from '../../../../shared/domain/repair';

export async function repairRoomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const rows = await db
    .selectFrom('repairs')
    .select(['id', 'number', 'reported_at', 'reporter_name', 'phone', 'content', 'status'])
    .where('room_id', '=', roomId)
    .execute();
  return rows.map((row) => ({
    kind: 'repair',
    id: row.id,
    number: row.number,
    at: row.reported_at,
    summary: [row.reporter_name, maskPhone(row.phone)].filter(Boolean).join(' ') + `:${excerpt(row.content, 50)}`,
    statusLabel: repairStatuses[row.status as RepairStatus],
    open: openRepairStatuses.includes(row.status as RepairStatus),
  }));
}
