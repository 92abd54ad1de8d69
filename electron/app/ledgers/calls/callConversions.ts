import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { inCall } from '../../db/inCall';
import { appendHistory } from '../../history/historyRepository';
import { createComplaint } from '../complaints/complaintApi';
import { insertRepair } from '../repairs/repairApi';
import { DomainError } from '../../../../shared/contract/errors';
import type { CallRecord, callToComplaintInput, callToRepairInput } from '../../../../shared/domain/calls/callLog';
import { findCall } from './callRepository';
import { pendingCall, settleCall } from './callService';

/** 转报修: the call's time, room, caller, phone and matter become the repair's intake, in one transaction. */
export async function callToRepair(ctx: AppContext, actor: Actor, input: z.output<typeof callToRepairInput>): Promise<CallRecord> {
  await inCall(ctx.db, async (trx) => {
    const call = await pendingCall(trx, input.id);
    const now = ctx.clock.now();
    const repair = await insertRepair(
      trx,
      actor,
      now,
      {
        reportedAt: call.calledAt,
        roomId: call.roomId,
        roomText: call.roomId === null ? call.roomLabel : null,
        reporterName: call.callerName ?? '来电人',
        phone: call.phone,
        content: input.content ?? call.matter,
        location: input.location,
        category: input.category,
        workKind: input.workKind,
        urgency: input.urgency,
      },
      call.id,
    );
    await appendHistory(trx, { entity: 'repair', entityId: repair.id, at: now, staffId: actor.staffId, action: '来电转入', summary: `由来电 ${call.number} 转为报修` });
    await settleCall(trx, actor, call, now, 'repair', { repair_id: repair.id }, `转为报修 ${repair.number}`);
  });
  return (await findCall(ctx.db, input.id))!;
}

/**
 * 转投诉: the complaint is created through the complaint service (its numbering, deadlines and escalation), then
 * the call is linked. Two transactions, because the complaint's own must stay whole; the call is checked before
 * and again when linking, so a second click cannot link it twice.
 */
export async function callToComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof callToComplaintInput>): Promise<CallRecord> {
  const call = await inCall(ctx.db, (trx) => pendingCall(trx, input.id));
  // A caller who gave no name is not an anonymous complainant: the number is known and kept.
  const complaint = await createComplaint(ctx, actor, {
    anonymous: false,
    complainantName: call.callerName ?? '来电人',
    roomId: call.roomId,
    roomText: call.roomId === null ? call.roomLabel : null,
    phone: call.phone,
    address: null,
    receivedAt: call.calledAt,
    channel: 'phone',
    referralSource: null,
    targetDepartmentId: input.targetDepartmentId,
    targetDescription: null,
    content: input.content ?? call.matter,
    demand: input.demand,
    category: input.category,
    severity: input.severity,
    urgent: input.urgent,
  });
  await inCall(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const still = await pendingCall(trx, input.id).catch(() => {
      throw new DomainError('conflict', `来电 ${call.number} 刚被他人处理,投诉 ${complaint.number} 已登记但未关联,请核对`);
    });
    await appendHistory(trx, { entity: 'complaint', entityId: complaint.id, at: now, staffId: actor.staffId, action: '来电转入', summary: `由来电 ${call.number} 转为投诉` });
    await settleCall(trx, actor, still, now, 'complaint', { complaint_id: complaint.id }, `转为投诉 ${complaint.number}`);
  });
  return (await findCall(ctx.db, input.id))!;
}
