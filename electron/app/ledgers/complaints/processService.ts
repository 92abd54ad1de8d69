import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { departmentExists, findActiveStaff } from '../../office/officeRepository';
import { closeOpenOrders, findWorkOrder, insertWorkOrder, updateWorkOrder } from './workOrderRepository';
import { DomainError } from '../../../../shared/contract/errors';
import type { ComplaintAction } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { archiveInput, dispatchInput, handlingInput, reasonInput, replyInput, reviewInput, revisitInput } from '../../../../shared/domain/complaints/complaintStepSchemas';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { findComplaintRow, type ComplaintRow } from './complaintRepository';
import { loadComplaint } from './complaintRecord';
import { changeRecord } from '../../records/recordChange';
import { changingComplaint, checkAction } from './complaintChange';
import { timeLimits, workingDaysAfter } from './deadlines';
import { complaintImportance } from '../../../../shared/domain/revisits/revisit';
import type { ComplaintSeverity } from '../../../../shared/domain/complaints/complaint';
import { cancelPlannedRevisits, insertPlannedRevisits, revisitWindowsFor } from '../revisits/revisitApi';
import { recordRevisit as recordRevisitResult, startRevisit } from '../revisits/revisitApi';
import { workOrderNumbering } from '../../../../shared/domain/workOrders/workOrder';
import { findSignedScan } from './complaintPartsRepository';
import { decidePendingExtensions } from './deadlineExtensionRepository';
import { requireApprover, requireSeparation } from '../../approvals/approvalService';
import { requireOwnDepartment } from '../../office/departmentScope';
import { openOrderDepartment } from './disputeRepository';

/** One step of the process: load the complaint in the call's transaction, check the step is allowed now, apply it. */
async function inStep<T>(
  ctx: AppContext,
  id: number,
  action: ComplaintAction,
  apply: (trx: Kysely<Database>, row: ComplaintRow, now: string) => Promise<T>,
): Promise<T> {
  const row = await findComplaintRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', '该投诉记录不存在');
  checkAction(action, row);
  return apply(ctx.db, row, ctx.clock.now());
}

/** A step that answers the complaint as it stands afterwards. */
export async function step(
  ctx: AppContext,
  id: number,
  action: ComplaintAction,
  apply: (trx: Kysely<Database>, row: ComplaintRow, now: string) => Promise<void>,
): Promise<ComplaintRecord> {
  await inStep(ctx, id, action, apply);
  return (await loadComplaint(ctx.db, id)).record;
}

async function activeStaff(trx: Kysely<Database>, id: number, field: string, role: string) {
  const staff = await findActiveStaff(trx, id);
  if (!staff) throw new DomainError('not_found', `${role}不存在或已停用,请重新选择`, field);
  return staff;
}

/** 派工: a numbered order to a department and an assignee; a new dispatch supersedes the open one (改派). */
export async function dispatchComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof dispatchInput>): Promise<WorkOrder> {
  const orderId = await inStep(ctx, input.id, 'dispatch', async (trx, row, now) => {
    if (!(await departmentExists(trx, input.departmentId))) throw new DomainError('not_found', '接单部门不存在,请重新选择', 'departmentId');
    const assignee = await activeStaff(trx, input.assigneeStaffId, 'assigneeStaffId', '接单人');
    const dueAt = input.dueAt ?? (await workingDaysAfter(trx, now, (await timeLimits(trx)).departmentAnswer));
    if (dueAt <= now) throw new DomainError('rule', '要求完成时间应晚于现在', 'dueAt');
    const redispatch = row.status !== 'accepted';
    await closeOpenOrders(trx, row.id, 'reassigned', now);
    const number = await nextRecordNumber(trx, workOrderNumbering, now);
    const issued = await insertWorkOrder(trx, {
      number,
      complaint_id: row.id,
      department_id: input.departmentId,
      assignee_staff_id: assignee.id,
      issued_by: actor.staffId,
      issued_at: now,
      due_at: dueAt,
      instructions: input.instructions,
      status: 'issued',
    });
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: redispatch ? '改派' : '派工',
      summary: `派工单 ${number} 派给 ${assignee.name},要求 ${dueAt.slice(5, 16).replace('T', ' ')} 前完成`,
      set: { status: 'dispatched' },
    });
    return issued;
  });
  return (await findWorkOrder(ctx.db, orderId))!;
}

/** 接单: the assignee collects the order at the desk; the case is now being handled. */
export async function collectWorkOrder(ctx: AppContext, actor: Actor, orderId: number): Promise<WorkOrder> {
  const { db } = ctx;
  const order = await findWorkOrder(db, orderId);
  if (!order) throw new DomainError('not_found', '该派工单不存在');
  await requireOwnDepartment(db, actor, order.departmentId, `派工单 ${order.number} `);
  if (order.status !== 'issued') throw new DomainError('rule', `派工单 ${order.number} 已${order.status === 'collected' ? '接单' : '关闭'},不能再接单`);
  const now = ctx.clock.now();
  await updateWorkOrder(db, orderId, { status: 'collected', collected_at: now });
  const row = order.complaintId === null ? undefined : await findComplaintRow(db, order.complaintId);
  if (row?.status === 'dispatched') {
    await changeRecord(db, changingComplaint, row, actor, now, {
      action: '接单',
      summary: `${order.assigneeName} 接派工单 ${order.number}`,
      set: { status: 'inProgress' },
    });
  }
  return (await findWorkOrder(db, orderId))!;
}

/** 调查处理: what the department found and did, sent for review. */
export async function recordHandling(ctx: AppContext, actor: Actor, input: z.output<typeof handlingInput>) {
  return step(ctx, input.id, 'recordHandling', async (trx, row, now) => {
    await requireOwnDepartment(trx, actor, (await openOrderDepartment(trx, row.id)) ?? null, `投诉 ${row.number} `);
    await activeStaff(trx, input.investigatorStaffId, 'investigatorStaffId', '调查人');
    if (input.emergencyStaffId !== null) await activeStaff(trx, input.emergencyStaffId, 'emergencyStaffId', '实施人');
    await closeOpenOrders(trx, row.id, 'done', now);
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '调查处理',
      summary: `登记调查处理结果(${input.validity === 'valid' ? '有效投诉' : '无效投诉'}),提交审核`,
      set: {
        status: 'awaitingReview',
        investigator_staff_id: input.investigatorStaffId,
        findings: input.findings,
        validity: input.validity,
        emergency_measure: input.emergencyMeasure,
        emergency_staff_id: input.emergencyStaffId,
        cause_analysis: input.causeAnalysis,
        correction_period: input.correctionPeriod,
        corrective_action: input.correctiveAction,
        handling_result: input.result,
        person_at_fault: input.personAtFault,
        handled_by: actor.staffId,
        handled_at: now,
      },
    });
  });
}

/** 审核批示: approve (a valid case waits for its revisit, an invalid one ends as 无效) or send it back. */
export async function reviewComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof reviewInput>) {
  return step(ctx, input.id, 'review', async (trx, row, now) => {
    await requireApprover(trx, actor, 'complaintReview');
    // 职责分离: the one who investigated or carried out the handling does not approve it.
    await requireSeparation(trx, 'reviewerNotHandler', { id: actor.staffId, name: actor.name }, [row.investigator_staff_id, row.emergency_staff_id]);
    const approved = input.decision === 'approve';
    const invalid = approved && row.validity === 'invalid';
    // Approval finishes the case: its revisits are planned by severity (7 days; 1 week–1 month; then 3–6 months).
    const revisits = approved && !invalid ? await revisitWindowsFor(trx, complaintImportance(row.severity as ComplaintSeverity), now) : [];
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: approved ? '审核同意' : '审核退回',
      summary: approved ? (invalid ? '确认为无效投诉,待答复业主后归档' : '同意处理结果,待回访') : '退回重新处理',
      set: {
        status: approved ? (invalid ? 'invalid' : 'awaitingRevisit') : 'inProgress',
        reviewed_by: actor.staffId,
        reviewed_at: now,
        review_comment: input.comment,
        ...(revisits[0] && { revisit_due_at: revisits[0].dueAt }),
        ...(invalid && { resolved_at: now }),
      },
    });
    if (revisits.length > 0) await insertPlannedRevisits(ctx, actor, 'complaint', row.id, revisits, now);
  });
}

/**
 * 回访 from the complaint's own step (the short form): the revisit ledger records it as a reached revisit of the
 * complaint's planned one, and its complaint subject closes (销项) or reopens the case as before.
 */
export async function recordRevisit(ctx: AppContext, actor: Actor, input: z.output<typeof revisitInput>) {
  const row = await findComplaintRow(ctx.db, input.id);
  if (!row) throw new DomainError('not_found', '该投诉记录不存在');
  checkAction('revisit', row);
  const { revisit } = await startRevisit(ctx, actor, 'complaint', row.id);
  await recordRevisitResult(ctx, actor, {
    id: revisit.id,
    method: input.method,
    revisitorStaffId: input.revisitorStaffId,
    revisitedAt: input.revisitedAt,
    scriptChecks: [],
    ownerOpinion: input.feedback,
    resultSatisfaction: input.satisfaction,
    attitudeSatisfaction: input.satisfaction,
    officeOpinion: null,
  });
  return (await loadComplaint(ctx.db, row.id)).record;
}

/** 答复 of a 无效 complaint (DOMAIN §1: still answered politely): what the owner was told, when, by whom. */
export async function replyToInvalid(ctx: AppContext, actor: Actor, input: z.output<typeof replyInput>) {
  return step(ctx, input.id, 'reply', async (trx, row, now) => {
    if (input.repliedAt > now) throw new DomainError('rule', '答复时间不能晚于现在', 'repliedAt');
    if (row.reviewed_at !== null && input.repliedAt.slice(0, 16) < row.reviewed_at.slice(0, 16)) throw new DomainError('rule', '答复时间不能早于审核确认无效的时间', 'repliedAt');
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '答复业主',
      summary: `无效投诉已答复业主:${input.reply}`,
      set: { owner_reply: input.reply, replied_at: input.repliedAt, replied_by: actor.staffId },
    });
  });
}

/** 归档: only with the signed paper scanned back, unless a supervisor waived it; a 无效 one once it was answered. */
export async function archiveComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof archiveInput>) {
  return step(ctx, input.id, 'archive', async (trx, row, now) => {
    const archiver = await activeStaff(trx, input.archiverStaffId, 'archiverStaffId', '归档负责人');
    if (row.status === 'invalid' && row.replied_at === null) {
      throw new DomainError('rule', `投诉 ${row.number} 为无效投诉,请先登记答复业主的内容,再归档`);
    }
    const scan = await findSignedScan(trx, row.id);
    if (!scan && row.scan_waiver_reason === null) {
      throw new DomainError('rule', '签字的纸质表还没有扫描上传,不能归档;请先上传扫描件,或由主管说明原因免交');
    }
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '归档',
      summary: `归档,归档负责人 ${archiver.name}`,
      set: { status: 'archived', archived_at: now, archived_by: archiver.id },
    });
  });
}

/** 作废: never deleted; the record stays, marked with who, when and why. */
export async function voidComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof reasonInput>) {
  return step(ctx, input.id, 'void', async (trx, row, now) => {
    await closeOpenOrders(trx, row.id, 'cancelled', now);
    await decidePendingExtensions(trx, row.id, { status: 'rejected', decided_by: actor.staffId, decided_at: now, decision_comment: '投诉已作废' });
    await cancelPlannedRevisits(trx, actor, 'complaint', row.id, now, '投诉已作废');
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '作废',
      summary: `作废:${input.reason}`,
      set: { status: 'voided', voided_at: now, voided_by: actor.staffId, void_reason: input.reason },
      reason: input.reason,
    });
  });
}
