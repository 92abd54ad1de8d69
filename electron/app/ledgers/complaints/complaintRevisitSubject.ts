import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { DomainError } from '../../../../shared/contract/errors';
import { complaintStatuses, type ComplaintSeverity, type ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import { complaintImportance } from '../../../../shared/domain/revisits/revisit';
import type { RevisitSubjectDescription, RevisitSubjectSummary } from '../../../../shared/domain/revisits/revisitRecords';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { complaintsAwaitingRevisit, findComplaintRow, type ComplaintRow } from './complaintRepository';
import { changeRecord } from '../../records/recordChange';
import { changingComplaint } from './complaintChange';
import { raiseAlert } from './escalation';
import type { RevisitOutcomeNote, RevisitSubject } from '../revisits/revisitApi';

function summary(row: Pick<ComplaintRow, 'id' | 'number' | 'room_label' | 'complainant_name' | 'anonymous' | 'phone' | 'content' | 'reviewed_at' | 'updated_at' | 'revisit_due_at'>): RevisitSubjectSummary {
  return {
    id: row.id,
    number: row.number,
    roomLabel: row.room_label,
    ownerName: row.anonymous ? null : row.complainant_name,
    phone: row.phone ? maskPhone(row.phone) : null,
    summary: excerpt(row.content, 60),
    completedAt: row.reviewed_at ?? row.updated_at,
    revisitDueAt: row.revisit_due_at,
  };
}

/** A complaint is finished when a supervisor approves its handling (待回访); its revisit closes or reopens it. */
export const complaintRevisitSubject: RevisitSubject = {
  kind: 'complaint',
  label: '投诉',

  async awaiting(db) {
    return (await complaintsAwaitingRevisit(db)).map(summary);
  },

  async describe(db, id): Promise<RevisitSubjectDescription | undefined> {
    const row = await findComplaintRow(db, id);
    if (!row) return undefined;
    return {
      ...summary(row),
      statusLabel: complaintStatuses[row.status as ComplaintStatus],
      result: row.handling_result,
      importance: complaintImportance(row.severity as ComplaintSeverity),
      fullPhone: row.anonymous ? null : row.phone,
      round: row.round,
      workedBy: [row.investigator_staff_id, row.emergency_staff_id].filter((id): id is number => id !== null),
    };
  },

  async recordOutcome(trx: Kysely<Database>, actor: Actor, id: number, satisfied: boolean, now: string, note?: RevisitOutcomeNote) {
    const how = note?.how ?? '回访';
    const row = await findComplaintRow(trx, id);
    if (!row) throw new DomainError('not_found', '该投诉记录不存在');
    const status = row.status as ComplaintStatus;
    // The first revisit answers a case waiting for it; a later one (3–6 months on) finds it closed or archived.
    const followUp = status === 'resolved' || status === 'archived';
    if (status !== 'awaitingRevisit' && !followUp) {
      throw new DomainError('rule', `投诉 ${row.number} 当前为“${complaintStatuses[status]}”,不能回访`);
    }
    if (!satisfied) {
      const round = row.round + 1;
      await changeRecord(trx, changingComplaint, row, actor, now, {
        action: '重新处理',
        summary: `${how},第 ${round} 轮重新处理`,
        set: { status: 'inProgress', round },
      });
      await raiseAlert(trx, row.id, 'reopened', `${row.number} 第 ${round} 轮处理(${(note?.feedback ?? how).slice(0, 30)})`, now);
    } else if (!followUp) {
      await changeRecord(trx, changingComplaint, row, actor, now, { action: '销项', summary: `${how},销项`, set: { status: 'resolved', resolved_at: now } });
    }
  },
};
