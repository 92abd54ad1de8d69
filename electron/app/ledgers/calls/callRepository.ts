import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { CallTable, Database } from '../../db/schema';
import { containing, endingWith, like } from '../../db/like';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { maskPhone } from '../../../../shared/domain/masking';
import type { CallOutcome, CallRecord } from '../../../../shared/domain/calls/call';
import { insertNumberedRows, insertRow } from '../../db/preparedInsert';
import { roomFromText } from '../../../../shared/domain/office/roomText';

function selectCalls(db: Kysely<Database>) {
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

export async function insertCall(trx: Kysely<Database>, row: Insertable<CallTable>): Promise<number> {
  return insertRow(trx, 'calls', row);
}

/** New calls of an import's batch in multi-row statements; answers their ids in order. */
export async function insertCalls(trx: Kysely<Database>, rows: readonly Insertable<CallTable>[]): Promise<number[]> {
  return insertNumberedRows(trx, 'calls', rows);
}

/** Settle a call: its outcome, who answered when, and the answer or the record it became. */
export async function updateCall(trx: Kysely<Database>, id: number, set: Updateable<CallTable>): Promise<void> {
  await trx.updateTable('calls').set(set).where('id', '=', id).execute();
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

function filteredCalls(db: Kysely<Database>, query: CallQuery) {
  let select = selectCalls(db);
  if (query.date) select = select.where('c.called_at', '>=', `${query.date}T00:00:00`).where('c.called_at', '<=', `${query.date}T23:59:59`);
  if (query.outcome) select = select.where('c.outcome', '=', query.outcome);
  if (query.q) {
    const q = query.q;
    const room = roomFromText(q);
    select = select.where((eb) =>
      eb.or([
        eb('c.number', '=', q),
        like('c.matter', containing(q)),
        like('c.caller_name', containing(q)),
        like('c.room_label', containing(q)),
        ...(/^\d{4,}$/.test(q) ? [like('c.phone', endingWith(q))] : []),
        ...(/^\d{2,}$/.test(q) ? [like('c.number', endingWith(q))] : []),
        // A room as people write it (3栋2单元501, 3#2-501) is the room 3-2-501.
        ...(room ? [eb('c.room_label', '=', room)] : []),
      ]),
    );
  }
  return select;
}

/** Newest first, as the desk reads its log. */
export async function findCallPage(db: Kysely<Database>, query: CallQuery & { page: number; pageSize: number }) {
  const base = filteredCalls(db, query);
  const rows = await base.orderBy('c.called_at', 'desc').orderBy('c.id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  const { total } = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** The calls a complaint or a repair came from. */
export async function findLinkedCalls(db: Kysely<Database>, link: { complaintId?: number | null | undefined; repairId?: number | null | undefined }) {
  let select = filteredCalls(db, {});
  if (link.complaintId) select = select.where('c.complaint_id', '=', link.complaintId);
  if (link.repairId) select = select.where('c.repair_id', '=', link.repairId);
  return select.orderBy('c.id').execute();
}

/** A day's calls in the order they came, as its 客户来电记录表 lists them. */
export async function callsOfDay(db: Kysely<Database>, date: string) {
  return filteredCalls(db, { date }).orderBy('c.called_at').orderBy('c.id').execute();
}

/** A room's calls for its history page, through calls_room (room, time, id); see RoomHistorySource. */
export const roomCalls: Pick<RoomHistorySource, 'records' | 'counts'> = {
  records: (db, roomId) =>
    db
      .selectFrom('calls')
      .select(['id', 'called_at as at', fields('number', 'caller_name', 'phone', 'matter', 'outcome').as('data')])
      .where('room_id', '=', roomId),
  counts: (db, roomId) => db.selectFrom('calls').select(totalAndOpen(sql`outcome = 'pending'`)).where('room_id', '=', roomId),
};
