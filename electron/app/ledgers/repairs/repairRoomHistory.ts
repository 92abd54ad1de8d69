import type { RoomHistorySource } from '../../rooms/roomHistorySource';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { openRepairStatuses, repairStatuses, type RepairStatus } from '../../../../shared/domain/repairs/repair';
import { roomRepairs } from './repairRepository';

/** A room's repairs; one not yet closed or voided is open. */
export const repairRoomHistory: RoomHistorySource<{ number: string; reporter_name: string | null; phone: string | null; content: string; status: string }> = {
  kind: 'repair',
  ...roomRepairs,
  item: (id, at, row) => ({
    kind: 'repair',
    id,
    number: row.number,
    at,
    summary: [row.reporter_name, maskPhone(row.phone)].filter(Boolean).join(' ') + `:${excerpt(row.content, 50)}`,
    statusLabel: repairStatuses[row.status as RepairStatus],
    open: openRepairStatuses.includes(row.status as RepairStatus),
  }),
};
