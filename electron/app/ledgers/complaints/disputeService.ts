import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { DomainError } from '../../../../shared/contract/errors';
import type { disputeDecisionInput, disputeInput } from '../../../../shared/domain/complaints/complaintStepSchemas';
import { disputeStatuses } from '../../../../shared/domain/complaints/complaintParts';
import { changeRecord } from '../../records/recordChange';
import { staffDepartment } from '../../office/officeRepository';
import { requireApprover } from '../../approvals/approvalService';
import { changingComplaint } from './complaintChange';
import { step } from './processService';
import { findPendingDispute, insertDispute, openOrderDepartment, saveDisputeDecision } from './disputeRepository';
import { closeOpenOrders } from './workOrderRepository';

/**
 * seed 004 5.3.2.4: a department that does not accept the desk's proposed resolution submits its 异议 to the level
 * above; the case waits (异议待裁决) until that level decides. Raised by the department's own staff, or by the desk
 * for it; a department's staff only for an order their department holds.
 */
export async function raiseDispute(ctx: AppContext, actor: Actor, input: z.output<typeof disputeInput>) {
  return step(ctx, input.id, 'dispute', async (trx, row, now) => {
    const departmentId = (await openOrderDepartment(trx, row.id)) ?? row.target_department_id;
    if (actor.role === 'departmentStaff' && (await staffDepartment(trx, actor.staffId)) !== departmentId) {
      throw new DomainError('forbidden', `投诉 ${row.number} 不在本部门处理,不能提出异议`);
    }
    await insertDispute(trx, { complaint_id: row.id, department_id: departmentId, reason: input.reason, raised_by: actor.staffId, raised_at: now, status: 'pending' });
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '提出异议',
      summary: `责任部门对处理意见有异议,提交上一级裁决:${input.reason}`,
      set: { status: 'disputed' },
    });
  });
}

/**
 * The level above decides (default 经理, 审批权限): 维持 — the department carries out the desk's resolution; 修改 — the
 * desk revises its resolution and dispatches again, so the open order is withdrawn and the case waits at the desk.
 */
export async function decideDispute(ctx: AppContext, actor: Actor, input: z.output<typeof disputeDecisionInput>) {
  return step(ctx, input.id, 'decideDispute', async (trx, row, now) => {
    await requireApprover(trx, actor, 'disputeDecision');
    const dispute = await findPendingDispute(trx, row.id);
    if (!dispute) throw new DomainError('conflict', `投诉 ${row.number} 没有待裁决的异议`);
    await saveDisputeDecision(trx, dispute.id, { status: input.decision, decided_by: actor.staffId, decided_at: now, decision_comment: input.comment });
    const upheld = input.decision === 'upheld';
    if (!upheld) await closeOpenOrders(trx, row.id, 'cancelled', now);
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '裁决异议',
      summary: `异议裁决:${disputeStatuses[input.decision]}(${input.comment})${upheld ? ',责任部门按原处理意见执行' : ',客服部修改处理意见后重新派工'}`,
      set: { status: upheld ? 'inProgress' : 'accepted' },
    });
  });
}
