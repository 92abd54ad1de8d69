import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { insertRows } from '../db/preparedInsert';
import type { FieldChange, HistoryEntry, AuditCheck } from '../../../shared/domain/records';
import { historyRowHash, storedText } from './historyChain';
import { readChanges } from './historyChanges';

/**
 * Each ledger's records by their numbering's entity (complaint, repair…, see the ledger list); besides them
 * `settings`: the office's settings, calendar and passwords (entity id 0), audited like records; `archive`:
 * exports, backups and restores (entity id 0); `statisticsMonth`: months closed and reopened.
 */
export type HistoryEntity = string;

export interface HistoryEvent {
  entity: HistoryEntity;
  entityId: number;
  at: string;
  staffId: number | null;
  action: string;
  summary: string;
  /** { field: [before, after] } */
  changes?: Record<string, [unknown, unknown]>;
  /** The record's revision after the change. */
  revision?: number | null;
  reason?: string | null;
}

/**
 * History is append-only: rows are added, never updated or deleted, and each seals the one before it.
 * Call inside the writing transaction (BEGIN IMMEDIATE), so no other writer can slip a row in between.
 */
export async function appendHistory(trx: Kysely<Database>, event: HistoryEvent): Promise<void> {
  await appendHistoryRows(trx, [event]);
}

/**
 * Many events in one statement (an import's records), each sealing the one before it as single appends would:
 * the chain's last hash is read once. Same rule: inside the writing transaction, nothing else appending between.
 */
export async function appendHistoryRows(trx: Kysely<Database>, events: readonly HistoryEvent[]): Promise<void> {
  if (events.length === 0) return;
  const last = await trx.selectFrom('record_history').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? '';
  const rows = events.map((event) => {
    // JSON.stringify writes a lone surrogate as an escape, so the changes are stored as they are sealed already.
    const row = {
      entity: storedText(event.entity),
      entity_id: event.entityId,
      at: storedText(event.at),
      staff_id: event.staffId,
      action: storedText(event.action),
      summary: storedText(event.summary),
      changes: event.changes && Object.keys(event.changes).length > 0 ? JSON.stringify(event.changes) : null,
      revision: event.revision ?? null,
      reason: storedText(event.reason ?? null),
    };
    const hash = historyRowHash(prevHash, row);
    const chained = { ...row, prev_hash: prevHash, hash };
    prevHash = hash;
    return chained;
  });
  // In multi-row statements compiled once: Kysely building an insert of 500 rows costs as much as running it.
  await insertRows(trx, 'record_history', rows);
}

export async function listHistory(db: Kysely<Database>, entity: HistoryEntity, entityId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('record_history')
    .leftJoin('staff', 'staff.id', 'record_history.staff_id')
    .select([
      'record_history.id',
      'record_history.at',
      'staff.name as staff_name',
      'record_history.action',
      'record_history.summary',
      'record_history.changes',
      'record_history.revision',
      'record_history.reason',
    ])
    .where('record_history.entity', '=', entity)
    .where('record_history.entity_id', '=', entityId)
    .orderBy('record_history.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    staffName: row.staff_name,
    action: row.action,
    summary: row.summary,
    revision: row.revision,
    reason: row.reason,
    changes: parseChanges(row.changes),
  }));
}

function parseChanges(json: string | null): FieldChange[] {
  return Object.entries(readChanges(json) ?? {}).map(([field, [before, after]]) => ({ field, before, after }));
}

const batchSize = 5000;
const reportedBreaks = 20;

/** Walk the whole chain in id order, in batches (a decade of history does not fit in memory at once). */
export async function verifyHistoryChain(db: Kysely<Database>): Promise<AuditCheck> {
  const breaks: AuditCheck['breaks'] = [];
  let prevHash = '';
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('record_history').selectAll().where('id', '>', afterId).orderBy('id').limit(batchSize).execute();
    for (const row of rows) {
      checked += 1;
      if (row.prev_hash !== prevHash) breaks.push({ id: row.id, problem: '与上一条记录衔接不上(前面的记录被删除、插入或改动过)' });
      else if (row.hash !== historyRowHash(prevHash, row)) breaks.push({ id: row.id, problem: '本条记录的内容与其校验值不符(被改动过)' });
      prevHash = row.hash ?? '';
    }
    if (rows.length < batchSize) break;
    afterId = rows[rows.length - 1]!.id;
  }
  return { ok: breaks.length === 0, checked, breaks: breaks.slice(0, reportedBreaks) };
}
