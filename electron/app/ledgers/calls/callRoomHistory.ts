import type { RoomHistorySource } from '../../rooms/roomHistorySource';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { callOutcomes, type CallOutcome } from '../../../../shared/domain/calls/call';
import { roomCalls } from './callRepository';

/** A room's calls; a call still 待处理 is open. */
export const callRoomHistory: RoomHistorySource<{ number: string; caller_name: string | null; phone: string | null; matter: string; outcome: string }> = {
  kind: 'call',
  ...roomCalls,
  item: (id, at, row) => ({
    kind: 'call',
    id,
    number: row.number,
    at,
    summary: [row.caller_name, maskPhone(row.phone)].filter(Boolean).join(' ') + `:${excerpt(row.matter, 50)}`,
    statusLabel: callOutcomes[row.outcome as CallOutcome],
    open: row.outcome === 'pending',
  }),
};
