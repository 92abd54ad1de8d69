import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { complaintStatuses } from '../../../../shared/domain/complaint';
import { openStatuses } from '../../../../shared/domain/complaintLifecycle';
import { excerpt } from '../../../../shared/domain/text';

export async function complaintRoomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const rows = await db
    .selectFrom('complaints')
    .select(['id', 'number', 'received_at', 'content', 'status'])
    .where('room_id', '=', roomId)
    .execute();
  return rows.map((row) => ({
    kind: 'complaint',
    id: row.id,
    number: row.number,
    at: row.received_at,
    summary: excerpt(row.content, 60),
    statusLabel: complaintStatuses[row.status as keyof typeof complaintStatuses],
    open: openStatuses.includes(row.status as (typeof openStatuses)[number]),
  }));
}
