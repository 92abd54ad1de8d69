import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { HistoryEntity } from '../history/historyRepository';
import type { ArchivedAttachment, ArchivedHistoryRow } from './archiveLedger';
import { attachmentRowsOf, historyRowsOf } from './archiveRepository';

const extensions: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * Every history row of the given entities, in the order they were written, as stored: the archive carries the
 * chain's own rows (an old row keeps its old keys), so each still seals to its hash.
 */
export async function archivedHistory(db: Kysely<Database>, entities: { entity: HistoryEntity; ids: number[] }[]): Promise<ArchivedHistoryRow[]> {
  const wanted = entities.filter((group) => group.ids.length > 0);
  if (wanted.length === 0) return [];
  const rows = await historyRowsOf(db, wanted);
  return rows.map((row) => ({
    entity: row.entity,
    entityId: row.entity_id,
    at: row.at,
    staffName: row.staff_name,
    action: row.action,
    summary: row.summary,
    changes: row.changes ? (JSON.parse(row.changes) as Record<string, [unknown, unknown]>) : null,
    revision: row.revision,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}

/** The files linked to one record, named in the archive by their content hash (the same scan is stored once). */
export async function archivedAttachments(db: Kysely<Database>, entity: HistoryEntity, entityId: number): Promise<ArchivedAttachment[]> {
  const rows = await attachmentRowsOf(db, entity, entityId);
  return rows.map((row) => ({
    path: `attachments/${row.sha256}.${extensions[row.mime] ?? 'bin'}`,
    sha256: row.sha256,
    mime: row.mime,
    size: row.size,
    fileName: row.file_name,
    kind: row.kind,
    revision: row.revision,
    createdAt: row.created_at,
  }));
}
