import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { HistoryEntry } from '../../../shared/domain/records';

export type HistoryEntity = 'complaint';

export interface HistoryEvent {
  entity: HistoryEntity;
  entityId: number;
  at: string;
  staffId: number | null;
  action: string;
  summary: string;
  changes?: Record<string, [unknown, unknown]>;
}

/** History is append-only: rows are added, never updated or deleted. */
export async function appendHistory(trx: Kysely<Database>, event: HistoryEvent): Promise<void> {
  await trx
    .insertInto('record_history')
    .values({
      entity: event.entity,
      entity_id: event.entityId,
      at: event.at,
      staff_id: event.staffId,
      action: event.action,
      summary: event.summary,
      changes: event.changes ? JSON.stringify(event.changes) : null,
    })
    .execute();
}

export async function listHistory(db: Kysely<Database>, entity: HistoryEntity, entityId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('record_history')
    .leftJoin('staff', 'staff.id', 'record_history.staff_id')
    .select(['record_history.id', 'record_history.at', 'staff.name as staff_name', 'record_history.action', 'record_history.summary'])
    .where('record_history.entity', '=', entity)
    .where('record_history.entity_id', '=', entityId)
    .orderBy('record_history.id')
    .execute();
  return rows.map((row) => ({ id: row.id, at: row.at, staffName: row.staff_name, action: row.action, summary: row.summary }));
}
