import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { formatYuan } from '../../../../shared/domain/money';
import { lossDeclarationStatuses, lossOutcomes, lostDocumentTypes, type LossDeclarationStatus, type LossOutcome, type LostDocumentType } from '../../../../shared/domain/lossDeclaration';
import { maskIdNumber } from '../../../../shared/domain/masking';

/** A room's declarations, the customer's ID masked as on every list. */
export async function lossDeclarationRoomHistory(db: Kysely<Database>, roomId: number): Promise<RoomHistoryItem[]> {
  const rows = await db
    .selectFrom('loss_declarations')
    .select(['id', 'number', 'declared_at', 'customer_name', 'id_number', 'document_type', 'document_number', 'amount_fen', 'status', 'outcome'])
    .where('room_id', '=', roomId)
    .execute();
  return rows.map((row) => ({
    kind: 'lossDeclaration',
    id: row.id,
    number: row.number,
    at: row.declared_at,
    summary: `${row.customer_name}(${maskIdNumber(row.id_number)})${lostDocumentTypes[row.document_type as LostDocumentType]} ${row.document_number} 遗失,${formatYuan(row.amount_fen)}`,
    statusLabel: row.outcome ? lossOutcomes[row.outcome as LossOutcome] : lossDeclarationStatuses[row.status as LossDeclarationStatus],
    open: row.status === 'reported',
  }));
}
