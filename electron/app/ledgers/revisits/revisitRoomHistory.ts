import type { RoomHistorySource } from '../../rooms/roomHistorySource';
import { revisitPurposes, revisitStatuses, revisitSubjectKinds, type RevisitPurpose, type RevisitStatus, type RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import { satisfactionLevels, type SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import { excerpt } from '../../../../shared/domain/text';
import { roomRevisits } from './revisitRepository';

/** A room's revisits: done ones when they were made, planned ones by when they are due (still to do: open). */
export const revisitRoomHistory: RoomHistorySource<{
  number: string;
  subject_kind: string;
  purpose: string;
  status: string;
  feedback: string | null;
  satisfaction: string | null;
}> = {
  kind: 'revisit',
  ...roomRevisits,
  item: (id, at, row) => {
    const subject = revisitSubjectKinds[row.subject_kind as RevisitSubjectKind];
    const satisfaction = row.satisfaction ? satisfactionLevels[row.satisfaction as SatisfactionLevel] : null;
    return {
      kind: 'revisit',
      id,
      number: row.number,
      at,
      summary: row.feedback ? excerpt(`${subject}回访:${row.feedback}`, 60) : `${subject}${revisitPurposes[row.purpose as RevisitPurpose]}`,
      statusLabel: satisfaction ?? revisitStatuses[row.status as RevisitStatus],
      open: row.status === 'planned',
    };
  },
};
