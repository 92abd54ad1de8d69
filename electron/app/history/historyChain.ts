import { createHash } from 'node:crypto';
import type { RecordHistoryTable } from '../db/schema';

/** The fields of a history row that its hash seals: all but its id and the chain itself. */
export type ChainedFields = Omit<RecordHistoryTable, 'id' | 'prev_hash' | 'hash'>;

/**
 * Each history row carries the hash of the row before it, so editing, deleting or reordering any row breaks
 * the chain from that point on; `audit.verify` walks it. The row is sealed as it is stored: its text must be
 * well-formed (`storedText`), which SQLite keeps byte for byte.
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

/**
 * A history row's text as it can be stored and read back unchanged: a lone UTF-16 surrogate (a file name from the
 * OS, an office's name in an archive) would be written as bytes that read back as three U+FFFD, and the row could
 * never verify again; it is stored, and sealed, as one U+FFFD.
 */
export function storedText<T extends string | null>(text: T): T {
  return (text === null ? null : text.toWellFormed()) as T;
}
