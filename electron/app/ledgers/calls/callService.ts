import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { inCall } from '../../db/inCall';
import { appendHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { DomainError } from '../../../../shared/contract/errors';
import { minutesBetween } from '../../../../shared/domain/officeDate';
import { callOutcomes, type CallOutcome, type CallRecord } from '../../../../shared/domain/calls/callLog';
import type { callAnswerInput, callCreateInput, callListInput, linkedCallsInput } from '../../../../shared/domain/calls/callLog';
import type { Page } from '../../../../shared/domain/records';
import { roomLabelFor } from '../repairs/repairApi';
import { filteredCalls, findCall, toCallRecord } from './callRepository';
import { callNumbering } from '../../../../shared/domain/calls/callLog';

/** 来电: logged while the phone rings; the time is the office clock's unless the clerk gives another. */
export async function createCall(ctx: AppContext, actor: Actor, input: z.output<typeof callCreateInput>): Promise<CallRecord> {
  const id = await inCall(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const calledAt = input.calledAt ?? now;
    if (minutesBetween(now, calledAt) > 5) throw new DomainError('rule', '来电时间不能晚于当前时间', 'calledAt');
    const roomLabel = await roomLabelFor(trx, input.roomId, input.roomText);
    const number = await nextRecordNumber(trx, callNumbering, now);
    const { id } = await trx
      .insertInto('calls')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendHistory(trx, { entity: 'call', entityId: id, at: now, staffId: actor.staffId, action: '来电', summary: `登记来电 ${number}` });
    return id;
  });
  return (await findCall(ctx.db, id))!;
}

export async function listCalls(ctx: AppContext, query: z.output<typeof callListInput>): Promise<Page<CallRecord>> {
  const base = filteredCalls(ctx.db, query);
  const rows = await base.orderBy('c.called_at', 'desc').orderBy('c.id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  const { total } = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { items: rows.map(toCallRecord), total: Number(total), page: query.page, pageSize: query.pageSize };
}

export async function getCall(ctx: AppContext, id: number): Promise<CallRecord> {
  const call = await findCall(ctx.db, id);
  if (!call) throw new DomainError('not_found', '该来电记录不存在');
  return call;
}

/** The call a complaint or repair came from (the record's page shows it). */
export async function linkedCalls(ctx: AppContext, input: z.output<typeof linkedCallsInput>): Promise<CallRecord[]> {
  if (!input.complaintId && !input.repairId) return [];
  let select = filteredCalls(ctx.db, {});
  if (input.complaintId) select = select.where('c.complaint_id', '=', input.complaintId);
  if (input.repairId) select = select.where('c.repair_id', '=', input.repairId);
  return (await select.orderBy('c.id').execute()).map(toCallRecord);
}

/** A call still waiting for its outcome, loaded inside the transaction that settles it. */
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
  await trx
    .updateTable('calls')
    .set({ ...set, outcome, answered_by: actor.staffId, answered_at: now, updated_at: now })
    .where('id', '=', call.id)
    .execute();
  await appendHistory(trx, { entity: 'call', entityId: call.id, at: now, staffId: actor.staffId, action: callOutcomes[outcome], summary });
}

/** 咨询: answered on the spot. */
export async function answerCall(ctx: AppContext, actor: Actor, input: z.output<typeof callAnswerInput>): Promise<CallRecord> {
  await inCall(ctx.db, async (trx) => {
    const call = await pendingCall(trx, input.id);
    await settleCall(trx, actor, call, ctx.clock.now(), 'consultation', { answer: input.answer }, `咨询已答复:${input.answer}`);
  });
  return (await findCall(ctx.db, input.id))!;
}
