import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { departmentExists, findActiveStaff } from '../../office/officeRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { fenToYuan } from '../../../../shared/domain/money';
import { addDays, addMinutes } from '../../../../shared/domain/officeDate';
import { repairChargeTypes, type RepairTimerSettings, type RepairWorkKind } from '../../../../shared/domain/repairs/repair';
import type {
  repairAgreeTimeInput,
  repairCompleteInput,
  repairDispatchInput,
  repairOverrunInput,
} from '../../../../shared/domain/repairs/repairSchemas';
import type { reasonInput } from '../../../../shared/domain/complaints/complaintStepSchemas';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import { changeRecord } from '../../records/recordChange';
import { changingRepair, repairStep } from './repairChange';
import { loadRepair } from './repairRecord';
import { getRepairTimers } from './repairTimerSettings';
import { cancelPlannedRevisits, planRevisitsOnCompletion } from '../revisits/revisitApi';
import { getApprovalRules, requireApprover } from '../../approvals/approvalService';
import { requireOwnDepartment } from '../../office/departmentScope';
import { approverLabels } from '../../../../shared/domain/approvals/approvals';

/*
 * Why the dispatch lives on the repair and not in the work_orders table: work_orders belongs to the complaint's
 * process (its collect step moves a complaint, its queue and form read the complaint's fields). A repair has one
 * assignee at a time and seed 002's 客户报修处理登记表 keeps 接单部门/接单人/接单时间/到场时间/完成时间 on the
 * repair's own row, so the repair carries them, a 改派 overwrites them (the history keeps the earlier ones), and its
 * 派工单 prints from the repair under the repair's number.
 */

const hhmm = (iso: string) => iso.slice(5, 16).replace('T', ' ');
const loaded = (ctx: AppContext, id: number): Promise<RepairRecord> => loadRepair(ctx.db, id);

/** The completion limit counted from the 派工单 (seed 002: 所有处理时限起点为《派工单》开出时间). */
export function defaultDueAt(timers: RepairTimerSettings, workKind: RepairWorkKind, from: string): string {
  return addMinutes(from, (workKind === 'service' ? timers.serviceDays : timers.repairDays) * 1440);
}

/** 派工 (or 改派 before the assignee is on site): department, assignee, the timers start. */
export async function dispatchRepair(ctx: AppContext, actor: Actor, input: z.output<typeof repairDispatchInput>) {
  await repairStep(ctx, input.id, 'dispatch', async (trx, row, now) => {
    if (!(await departmentExists(trx, input.departmentId))) throw new DomainError('not_found', '接单部门不存在,请重新选择', 'departmentId');
    const assignee = await findActiveStaff(trx, input.assigneeStaffId);
    if (!assignee) throw new DomainError('not_found', '接单人不存在或已停用,请重新选择', 'assigneeStaffId');
    const timers = await getRepairTimers(trx);
    const redispatch = row.status !== 'accepted';
    const dueAt = input.dueAt ?? (redispatch && row.due_at ? row.due_at : defaultDueAt(timers, row.work_kind as RepairWorkKind, now));
    if (dueAt <= now) throw new DomainError('rule', '要求完成时间应晚于现在', 'dueAt');
    if (input.dueAt && row.work_kind === 'service' && dueAt > defaultDueAt(timers, 'service', row.dispatched_at ?? now)) {
      const approver = approverLabels[(await getApprovalRules(trx)).approvers.repairOverrun];
      throw new DomainError('rule', `非维修类须在派工后 ${timers.serviceDays} 天内完成;更长的期限须由${approver}批准超时`, 'dueAt');
    }
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: redispatch ? '改派' : '派工',
      summary: `派给 ${assignee.name},${timers.collectMinutes} 分钟内接单,要求 ${hhmm(dueAt)} 前完成`,
      set: {
        status: 'dispatched',
        department_id: input.departmentId,
        assignee_staff_id: assignee.id,
        dispatched_by: actor.staffId,
        dispatched_at: redispatch && row.dispatched_at ? row.dispatched_at : now,
        instructions: input.instructions,
        collect_due_at: addMinutes(now, timers.collectMinutes),
        collected_at: null,
        on_site_due_at: null,
        agreed_time_note: null,
        due_at: dueAt,
      },
    });
  });
  return loaded(ctx, input.id);
}

/** 接单: the on-site timer starts. */
export async function collectRepair(ctx: AppContext, actor: Actor, id: number) {
  await repairStep(ctx, id, 'collect', async (trx, row, now) => {
    await requireOwnDepartment(trx, actor, row.department_id, `报修 ${row.number} `);
    const { onSiteMinutes } = await getRepairTimers(trx);
    const late = row.collect_due_at !== null && now > row.collect_due_at;
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '接单',
      summary: `${row.assignee_name ?? ''} 接单${late ? '(超过接单时限)' : ''},${onSiteMinutes} 分钟内到场`,
      set: { status: 'collected', collected_at: now, on_site_due_at: addMinutes(now, onSiteMinutes) },
    });
  });
  return loaded(ctx, id);
}

/** 不能按时接单或到场: the assignee explains, the desk agrees a new time with the owner; that time counts. */
export async function agreeRepairTime(ctx: AppContext, actor: Actor, input: z.output<typeof repairAgreeTimeInput>) {
  await repairStep(ctx, input.id, 'agreeTime', async (trx, row, now) => {
    if (input.agreedAt <= now) throw new DomainError('rule', '约定的时间应晚于现在', 'agreedAt');
    const collecting = row.status === 'dispatched';
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '约定新时间',
      summary: `${collecting ? '接单' : '到场'}时间改为 ${hhmm(input.agreedAt)}:${input.reason}`,
      set: { ...(collecting ? { collect_due_at: input.agreedAt } : { on_site_due_at: input.agreedAt }), agreed_time_note: input.reason },
      reason: input.reason,
    });
  });
  return loaded(ctx, input.id);
}

/** 到场: the assignee is at the place; the repair is in hand. */
export async function arriveRepair(ctx: AppContext, actor: Actor, id: number) {
  await repairStep(ctx, id, 'arrive', async (trx, row, now) => {
    await requireOwnDepartment(trx, actor, row.department_id, `报修 ${row.number} `);
    const late = row.on_site_due_at !== null && now > row.on_site_due_at;
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '到场',
      summary: `${row.assignee_name ?? ''} 到场${late ? '(超过到场时限)' : ''}`,
      set: { status: 'inProgress', arrived_at: now },
    });
  });
  return loaded(ctx, id);
}

/** 完成: result, materials and charge; the revisit falls due. Past the limit only with the head's approval. */
export async function completeRepair(ctx: AppContext, actor: Actor, input: z.output<typeof repairCompleteInput>) {
  await repairStep(ctx, input.id, 'complete', async (trx, row, now) => {
    await requireOwnDepartment(trx, actor, row.department_id, `报修 ${row.number} `);
    if (row.due_at !== null && now > row.due_at) {
      const approver = approverLabels[(await getApprovalRules(trx)).approvers.repairOverrun];
      throw new DomainError('rule', `报修 ${row.number} 已超过要求完成时间 ${hhmm(row.due_at)},超时处理须由${approver}“批准超时”并说明原因`);
    }
    const { revisitDays } = await getRepairTimers(trx);
    const charge = input.chargeType === 'free' ? '免费' : `${repairChargeTypes.priceList} ${fenToYuan(input.charge)} 元`;
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '完成',
      summary: `维修完成(${charge}),待回访`,
      set: {
        status: 'awaitingRevisit',
        completed_at: now,
        completed_by: actor.staffId,
        result: input.result,
        materials: input.materials,
        charge_type: input.chargeType,
        charge_fen: input.charge,
        revisit_due_at: endOfDayAfter(now, revisitDays),
      },
    });
    await planRevisitsOnCompletion(ctx, actor, 'repair', row.id, now);
  });
  return loaded(ctx, input.id);
}

/** seed 002: 超时处理需报主任批准 — the approver the office's 审批权限 names (default 经理/主任) sets the new limit. */
export async function approveRepairOverrun(ctx: AppContext, actor: Actor, input: z.output<typeof repairOverrunInput>) {
  await repairStep(ctx, input.id, 'approveOverrun', async (trx, row, now) => {
    await requireApprover(trx, actor, 'repairOverrun');
    if (input.newDueAt <= now) throw new DomainError('rule', '批准的完成时间应晚于现在', 'newDueAt');
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '批准超时',
      summary: `批准超时,完成时间改为 ${hhmm(input.newDueAt)}:${input.reason}`,
      set: { due_at: input.newDueAt, overrun_reason: input.reason, overrun_approved_by: actor.staffId, overrun_approved_at: now },
      reason: input.reason,
    });
  });
  return loaded(ctx, input.id);
}

export async function voidRepair(ctx: AppContext, actor: Actor, input: z.output<typeof reasonInput>) {
  await repairStep(ctx, input.id, 'void', async (trx, row, now) => {
    await changeRecord(trx, changingRepair, row, actor, now, {
      action: '作废',
      summary: `作废:${input.reason}`,
      set: { status: 'voided', voided_at: now, voided_by: actor.staffId, void_reason: input.reason },
      reason: input.reason,
    });
    await cancelPlannedRevisits(trx, actor, 'repair', row.id, now, `报修已作废:${input.reason}`);
  });
  return loaded(ctx, input.id);
}

/** "Within 7 days": the close of the 7th calendar day. */
function endOfDayAfter(from: string, days: number): string {
  return `${addDays(from, days)}T23:59:59`;
}

