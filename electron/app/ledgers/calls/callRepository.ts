import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { containing, endingWith, like } from '../../db/like';
import { maskPhone } from '../../../../shared/domain/masking';
import type { CallOutcome, CallRecord } from '../../../../shared/domain/calls/callLog';

export function selectCalls(db: Kysely<Database>) {
  return db
    .selectFrom('calls as c')
    .innerJoin('staff as recorder', 'recorder.id', 'c.recorded_by')
    .leftJoin('repairs as repair', 'repair.id', 'c.repair_id')
    .leftJoin('complaints as complaint', 'complaint.id', 'c.complaint_id')
    .selectAll('c')
    .select(['recorder.name as recorder_name', 'repair.number as repair_number', 'complaint.number as complaint_number']);
}
type CallRow = Awaited<ReturnType<ReturnType<typeof selectCalls>['executeTakeFirstOrThrow']>>;

export function toCallRecord(row: CallRow): CallRecord {
  return {
    id: row.id,
    number: row.number,
    calledAt: row.called_at,
    roomId: row.room_id,
    roomLabel: row.room_label,
    callerName: row.caller_name,
    phone: row.phone,
    phoneMasked: maskPhone(row.phone),
    matter: row.matter,
    recorderName: row.recorder_name,
    outcome: row.outcome as CallOutcome,
    answer: row.answer,
    answeredAt: row.answered_at,
    repairId: row.repair_id,
    repairNumber: row.repair_number,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
  };
}

export async function findCall(db: Kysely<Database>, id: number): Promise<CallRecord | undefined> {
  const row = await selectCalls(db).where('c.id', '=', id).executeTakeFirst();
  return row && toCallRecord(row);
}

export interface CallQuery {
  date?: string | null | undefined;
  outcome?: CallOutcome | null | undefined;
  q?: string | null | undefined;
}

export function filteredCalls(db: Kysely<Database>, query: CallQuery) {
  let select = selectCalls(db);
  if (query.date) select = select.where('c.called_at', '>=', `${query.date}T00:00:00`).where('c.called_at', '<=', `${query.date}T23:59:59`);
  if (query.outcome) select = select.where('c.outcome', '=', query.outcome);
  if (query.q) {
    const q = query.q;
    select = select.where((eb) =>
      eb.or([
        eb('c.number', '=', q),
        like('c.matter', containing(q)),
        like('c.caller_name', containing(q)),
        like('c.room_label', containing(q)),
        ...(/^\d{4,}$/.test(q) ? [like('c.phone', endingWith(q))] : []),
      ]),
    );
  }
  return select;
}
