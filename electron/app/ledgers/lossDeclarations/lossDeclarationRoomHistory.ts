import { sql } from 'kysely';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { formatYuan } from '../../../../shared/domain/money';
import { lossDeclarationStatuses, lossOutcomes, lostDocumentTypes, type LossDeclarationStatus, type LossOutcome, type LostDocumentType } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { maskIdNumber } from '../../../../shared/domain/masking';

/** A room's declarations, through loss_declarations_room (room, time, id), the customer's ID masked as on every list. */
export const lossDeclarationRoomHistory: RoomHistorySource<{
  number: string;
  customer_name: string;
  id_number: string;
  document_type: string;
  document_number: string;
  amount_fen: number;
  status: string;
  outcome: string | null;
}> = {
  kind: 'lossDeclaration',
  records: (db, roomId) =>
    db
      .selectFrom('loss_declarations')
      .select([
        'id',
        'declared_at as at',
        fields('number', 'customer_name', 'id_number', 'document_type', 'document_number', 'amount_fen', 'status', 'outcome').as('data'),
      ])
      .where('room_id', '=', roomId),
  item: (id, at, row) => ({
    kind: 'lossDeclaration',
    id,
    number: row.number,
    at,
    summary: `${row.customer_name}(${maskIdNumber(row.id_number)})${lostDocumentTypes[row.document_type as LostDocumentType]} ${row.document_number} 遗失,${formatYuan(row.amount_fen)}`,
    statusLabel: row.outcome ? lossOutcomes[row.outcome as LossOutcome] : lossDeclarationStatuses[row.status as LossDeclarationStatus],
    open: row.status === 'reported',
  }),
  counts: (db, roomId) => db.selectFrom('loss_declarations').select(totalAndOpen(sql`status = 'reported'`)).where('room_id', '=', roomId),
};
