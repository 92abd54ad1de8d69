import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import { createComplaint } from '../complaints/complaintApi';
import { insertRepair } from '../repairs/repairApi';
import type { CallRecord, callToComplaintInput, callToRepairInput } from '../../../../shared/domain/calls/call';
import { DomainError } from '../../../../shared/contract/errors';
import { findCall } from './callRepository';
import { pendingCall, settleCall } from './callService';

/*
 * A call becomes a repair or a complaint in the call's one transaction: the call is checked, the record created,
 * both linked, or nothing at all. A second click waits for the first and finds the call already settled.
 */

/** 转报修: the call's time, room, caller, phone and matter become the repair's intake. */
export async function callToRepair(ctx: AppContext, actor: Actor, input: z.output<typeof callToRepairInput>): Promise<CallRecord> {
  const { db } = ctx;
  const call = await pendingCall(db, input.id);
  const now = ctx.clock.now();
  const repair = await insertRepair(
    db,
    actor,
    now,
    {
      reportedAt: call.calledAt,
      ...roomOf(call, input),
      reporterName: named(input.reporterName ?? call.callerName, 'reporterName', '报修人'),
      phone: call.phone,
      content: input.content ?? call.matter,
      location: input.location,
      category: input.category,
      workKind: input.workKind,
      urgency: input.urgency,
      paperNumber: null,
    },
    call.id,
  );
  await appendHistory(db, { entity: 'repair', entityId: repair.id, at: now, staffId: actor.staffId, action: '来电转入', summary: `由来电 ${call.number} 转为报修` });
  await settleCall(db, actor, call, now, 'repair', { repair_id: repair.id }, `转为报修 ${repair.number}`);
  return (await findCall(db, input.id))!;
}

/** 转投诉: the complaint is created by the complaint ledger's own rules (its numbering, deadline and escalation). */
export async function callToComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof callToComplaintInput>): Promise<CallRecord> {
  const { db } = ctx;
  const call = await pendingCall(db, input.id);
  // A caller who gave no name is not an anonymous complainant: the number is known and kept.
  const complaint = await createComplaint(ctx, actor, {
    anonymous: false,
    complainantName: named(input.complainantName ?? call.callerName, 'complainantName', '投诉人'),
    ...roomOf(call, input),
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
    paperNumber: null,
  });
  const now = ctx.clock.now();
  await appendHistory(db, { entity: 'complaint', entityId: complaint.id, at: now, staffId: actor.staffId, action: '来电转入', summary: `由来电 ${call.number} 转为投诉` });
  await settleCall(db, actor, call, now, 'complaint', { complaint_id: complaint.id }, `转为投诉 ${complaint.number}`);
  return (await findCall(db, input.id))!;
}

/** The room the clerk picked in the dialog, else the call's own (its registered room, or the place it named). */
function roomOf(call: CallRecord, input: { roomId?: number | null | undefined; roomText?: string | null | undefined }) {
  if (input.roomId != null || input.roomText != null) return { roomId: input.roomId ?? null, roomText: input.roomId != null ? null : (input.roomText ?? null) };
  return { roomId: call.roomId, roomText: call.roomId === null ? call.roomLabel : null };
}

/** A person is named by the caller or by the clerk; a placeholder such as “来电人” is never stored as a name. */
function named(name: string | null | undefined, field: string, label: string): string {
  if (!name) throw new DomainError('rule', `来电时没有留下姓名：请填写${label}。`, field);
  return name;
}
