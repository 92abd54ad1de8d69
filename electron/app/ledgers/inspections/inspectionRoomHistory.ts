import type { RoomHistorySource } from '../../rooms/roomHistorySource';
import { inspectionOutcomes, isOpenInspection, type InspectionOutcome } from '../../../../shared/domain/inspections/inspection';
import { excerpt } from '../../../../shared/domain/text';
import { roomInspections } from './inspectionRepository';

/** A room's inspections; one that needs following up (isOpenInspection) is open. */
export const inspectionRoomHistory: RoomHistorySource<{ number: string; findings: string; outcome: string }> = {
  kind: 'inspection',
  ...roomInspections,
  item: (id, at, row) => ({
    kind: 'inspection',
    id,
    number: row.number,
    at,
    summary: excerpt(row.findings, 60),
    statusLabel: inspectionOutcomes[row.outcome as InspectionOutcome],
    open: isOpenInspection(row.outcome as InspectionOutcome),
  }),
};
