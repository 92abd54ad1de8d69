import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/contract/errors';
import { addMinutes } from '../../../shared/domain/officeDate';
import type { Clock } from '../clock';
import type { Database } from '../db/schema';
import { findAnswer, forgetAnswersBefore, storeAnswer } from './requestAnswerRepository';

/** How long a request's answer is kept: a repeat comes within seconds, or after a restart later that day. */
const keptMinutes = 3 * 24 * 60;
/** A bigger answer (a printed PDF) is not kept: printing again is harmless, and the table stays small. */
const largestKept = 256 * 1024;

export interface WriteRequest {
  requestId: string;
  channel: string;
  staffId: number;
}

/**
 * Each write request id is carried out once. A repeat still running (the second click of a double-click) waits for
 * the first and gets its answer; a repeat after it (a retry, even after a restart) finds the answer stored in the
 * same transaction that made the change, so a change and its answer are written together or not at all. A failed
 * call stores nothing: its repeat runs again. The id is bound to its channel and its person: anyone else is refused.
 */
export function requestOnce(clock: Clock) {
  const running = new Map<string, { channel: string; staffId: number; answer: Promise<unknown> }>();

  return async function once(
    request: WriteRequest,
    transaction: (work: (trx: Kysely<Database>) => Promise<unknown>) => Promise<unknown>,
    work: (trx: Kysely<Database>) => Promise<unknown>,
  ): Promise<unknown> {
    const first = running.get(request.requestId);
    if (first) {
      refuseOther(request, first);
      return first.answer;
    }
    const answer = transaction(async (trx) => {
      const stored = await findAnswer(trx, request.requestId);
      if (stored) {
        refuseOther(request, { channel: stored.channel, staffId: stored.staff_id });
        return JSON.parse(stored.answer) as unknown;
      }
      const value = await work(trx);
      const text = JSON.stringify(value ?? null);
      if (text.length <= largestKept) {
        const now = clock.now();
        await forgetAnswersBefore(trx, addMinutes(now, -keptMinutes));
        await storeAnswer(trx, { request_id: request.requestId, channel: request.channel, staff_id: request.staffId, answer: text, answered_at: now });
      }
      return value;
    });
    running.set(request.requestId, { channel: request.channel, staffId: request.staffId, answer });
    try {
      return await answer;
    } finally {
      running.delete(request.requestId);
    }
  };
}

function refuseOther(request: WriteRequest, first: { channel: string; staffId: number }) {
  if (first.channel !== request.channel || first.staffId !== request.staffId) {
    throw new DomainError('conflict', '该请求编号已用于另一项操作,本次操作未执行。请刷新页面后重试。');
  }
}
