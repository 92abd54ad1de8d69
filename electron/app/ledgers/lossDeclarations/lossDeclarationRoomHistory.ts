import type { RoomHistorySource } from '../../rooms/roomHistorySource';
import { formatYuan } from '../../../../shared/domain/money';
import { lossDeclarationStatuses, lossOutcomes, lostDocumentTypes, type LossDeclarationStatus, type LossOutcome, type LostDocumentType } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { maskIdNumber } from '../../../../shared/domain/masking';
import { roomLossDeclarations } from './lossDeclarationListRepository';

/** A room's declarations, the customer's ID masked as on every list. */
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
  ...roomLossDeclarations,
  item: (id, at, row) => ({
    kind: 'lossDeclaration',
    id,
    number: row.number,
    at,
    summary: `${row.customer_name}(${maskIdNumber(row.id_number)})${lostDocumentTypes[row.document_type as LostDocumentType]} ${row.document_number} 遗失,${formatYuan(row.amount_fen)}`,
    statusLabel: row.outcome ? lossOutcomes[row.outcome as LossOutcome] : lossDeclarationStatuses[row.status as LossDeclarationStatus],
    open: row.status === 'reported',
  }),
};
