import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { DomainError } from '../../../../shared/contract/errors';
import { excerpt } from '../../../../shared/domain/text';
import { maskPhone } from '../../../../shared/domain/masking';
import { repairStatuses, type RepairStatus, type RepairWorkKind } from '../../../../shared/domain/repairs/repair';
import type { RevisitSubjectDescription, RevisitSubjectSummary } from '../../../../shared/domain/revisits/revisitRecords';
import type { RevisitOutcomeNote, RevisitSubject } from '../revisits/revisitApi';
import { changeRecord } from '../../records/recordChange';
import { changingRepair } from './repairChange';
import { findRepairRow, repairsAwaitingRevisit, type RepairRow } from './repairRepository';
import { getRepairTimers } from './repairTimerSettings';
import { defaultDueAt } from './repairSteps';

type SummaryColumns = 'id' | 'number' | 'room_label' | 'reporter_name' | 'phone' | 'content' | 'completed_at' | 'updated_at' | 'revisit_due_at';

function summary(row: Pick<RepairRow, SummaryColumns>): RevisitSubjectSummary {
  return {
    id: row.id,
    number: row.number,
    roomLabel: row.room_label,
    ownerName: row.reporter_name,
    phone: row.phone ? maskPhone(row.phone) : null,
    summary: excerpt(row.content, 60),
    completedAt: row.completed_at ?? row.updated_at,
    revisitDueAt: row.revisit_due_at,
  };
}

/**
 * A repair is finished when the work is done (待回访); its revisit closes it (销项) or sends it back to 处理中
 * with a fresh completion limit. Repairs are not graded, so one ordinary revisit within the set days.
 */
export const repairRevisitSubject: RevisitSubject = {
  kind: 'repair',
  label: '报修',

  async awaiting(db) {
    return (await repairsAwaitingRevisit(db)).map(summary);
  },

  async describe(db, id): Promise<RevisitSubjectDescription | undefined> {
    const row = await findRepairRow(db, id);
    if (!row) return undefined;
    return { ...summary(row), statusLabel: repairStatuses[row.status as RepairStatus], result: row.result, fullPhone: row.phone, round: row.round, workedBy: row.assignee_staff_id === null ? [] : [row.assignee_staff_id] };
  },

  async recordOutcome(trx: Kysely<Database>, actor: Actor, id: number, satisfied: boolean, now: string, note?: RevisitOutcomeNote) {
    const how = note?.how ?? '回访';
    const row = await findRepairRow(trx, id);
    if (!row) throw new DomainError('not_found', '该报修记录不存在');
    if (row.status !== 'awaitingRevisit') {
      throw new DomainError('rule', `报修 ${row.number} 当前为“${repairStatuses[row.status as RepairStatus]}”,不在待回访状态,不能登记回访结果`);
    }
    if (satisfied) {
      await changeRecord(trx, changingRepair, row, actor, now, { action: '销项', summary: `${how},满意,销项`, set: { status: 'closed', closed_at: now } });
      return;
    }
    const round = row.round + 1;
    const timers = await getRepairTimers(trx);
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '重新处理',
      summary: `${how},不满意,第 ${round} 轮重新处理`,
      set: { status: 'inProgress', round, revisit_due_at: null, due_at: defaultDueAt(timers, row.work_kind as RepairWorkKind, now) },
    });
  },
};
