import { createHash } from 'node:crypto';
import type { RecordHistoryTable } from '../db/schema';

/** The fields of a history row that its hash seals: all but its id and the chain itself. */
export type ChainedFields = Omit<RecordHistoryTable, 'id' | 'prev_hash' | 'hash'>;

/**
 * Each history row carries the hash of the row before it, so editing, deleting or reordering any row breaks
 * the chain from that point on; `audit.verify` walks it.
 */
export function historyRowHash(prevHash: string, row: ChainedFields): string {
  const sealed = [
    prevHash,
    row.entity,
    row.entity_id,
    row.at,
    row.staff_id,
    row.action,
    row.summary,
    row.changes,
    row.revision,
    row.reason,
  ];
  return createHash('sha256').update(JSON.stringify(sealed)).digest('hex');
}
