import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { takePaperNumber } from '../../paperForms/paperBlankService';
import { DomainError } from '../../../../shared/contract/errors';
import { minutesBetween } from '../../../../shared/domain/officeDate';
import { callNumbering, callOutcomes, type CallOutcome, type CallRecord } from '../../../../shared/domain/calls/call';
import type { callAnswerInput, callCreateInput, callListInput, linkedCallsInput } from '../../../../shared/domain/calls/call';
import type { Page } from '../../../../shared/domain/records';
import { roomLabelFor } from '../repairs/repairApi';
import { findCall, findCallPage, findLinkedCalls, insertCall, toCallRecord, updateCall } from './callRepository';

/** 来电: logged while the phone rings; the time is the office clock's unless the clerk gives another. */
export async function createCall(ctx: AppContext, actor: Actor, input: z.output<typeof callCreateInput>): Promise<CallRecord> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const calledAt = input.calledAt ?? now;
  if (minutesBetween(now, calledAt) > 5) throw new DomainError('rule', '来电时间不能晚于当前时间', 'calledAt');
  const roomLabel = await roomLabelFor(db, input.roomId, input.roomText);
  // A call entered from a row of a blank call sheet takes the row's number; any other the next in sequence.
  const paper = input.paperNumber ? await takePaperNumber(db, 'call', input.paperNumber) : null;
  const number = paper?.number ?? (await nextRecordNumber(db, callNumbering, now));
  const id = await insertCall(db, {
    number,
    called_at: calledAt,
    room_id: input.roomId,
    room_label: roomLabel,
    caller_name: input.callerName,
    phone: input.phone,
    matter: input.matter,
    recorded_by: actor.staffId,
    outcome: 'pending',
    created_at: now,
    updated_at: now,
  });
  await paper?.use(id, now);
  await appendHistory(db, { entity: 'call', entityId: id, at: now, staffId: actor.staffId, action: '来电', summary: `${paper ? '据纸质来电记录表' : ''}登记来电 ${number}` });
  return (await findCall(db, id))!;
}

export async function listCalls(ctx: AppContext, query: z.output<typeof callListInput>): Promise<Page<CallRecord>> {
  const { rows, total } = await findCallPage(ctx.db, query);
  return { items: rows.map(toCallRecord), total, page: query.page, pageSize: query.pageSize };
}

export async function getCall(ctx: AppContext, id: number): Promise<CallRecord> {
  const call = await findCall(ctx.db, id);
  if (!call) throw new DomainError('not_found', '该来电记录不存在');
  return call;
}

/** The call a complaint or repair came from (the record's page shows it). */
export async function linkedCalls(ctx: AppContext, input: z.output<typeof linkedCallsInput>): Promise<CallRecord[]> {
  if (!input.complaintId && !input.repairId) return [];
  return (await findLinkedCalls(ctx.db, input)).map(toCallRecord);
}

/** A call still waiting for its outcome, loaded in the call's transaction that settles it. */
export async function pendingCall(trx: Kysely<Database>, id: number) {
  const call = await findCall(trx, id);
  if (!call) throw new DomainError('not_found', '该来电记录不存在');
  if (call.outcome !== 'pending') {
    const linked = call.repairNumber ?? call.complaintNumber;
    throw new DomainError('rule', `来电 ${call.number} 已处理(${callOutcomes[call.outcome]}${linked ? ` ${linked}` : ''}),不能再次处理`);
  }
  return call;
}

export async function settleCall(
  trx: Kysely<Database>,
  actor: Actor,
  call: CallRecord,
  now: string,
  outcome: Exclude<CallOutcome, 'pending'>,
  set: { answer?: string; repair_id?: number; complaint_id?: number },
  summary: string,
): Promise<void> {
  await updateCall(trx, call.id, { ...set, outcome, answered_by: actor.staffId, answered_at: now, updated_at: now });
  await appendHistory(trx, { entity: 'call', entityId: call.id, at: now, staffId: actor.staffId, action: callOutcomes[outcome], summary });
}

/** 咨询: answered on the spot. */
export async function answerCall(ctx: AppContext, actor: Actor, input: z.output<typeof callAnswerInput>): Promise<CallRecord> {
  const call = await pendingCall(ctx.db, input.id);
  await settleCall(ctx.db, actor, call, ctx.clock.now(), 'consultation', { answer: input.answer }, `咨询已答复:${input.answer}`);
  return (await findCall(ctx.db, input.id))!;
}
