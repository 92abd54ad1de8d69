import type { RoomHistorySource } from '../../rooms/roomHistorySource';
import { complaintStatuses } from '../../../../shared/domain/complaints/complaint';
import { openStatuses } from '../../../../shared/domain/complaints/complaintLifecycle';
import { excerpt } from '../../../../shared/domain/text';
import { roomComplaints } from './complaintRepository';

/** A room's complaints; one still being handled (openStatuses) is open. */
export const complaintRoomHistory: RoomHistorySource<{ number: string; content: string; status: string }> = {
  kind: 'complaint',
  ...roomComplaints,
  item: (id, at, row) => ({
    kind: 'complaint',
    id,
    number: row.number,
    at,
    summary: excerpt(row.content, 60),
    statusLabel: complaintStatuses[row.status as keyof typeof complaintStatuses],
    open: openStatuses.includes(row.status as (typeof openStatuses)[number]),
  }),
};
