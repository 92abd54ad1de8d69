import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, RepairTable } from '../../db/schema';
import { containing, endingWith, like, startingWith } from '../../db/like';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import type { RepairListQuery } from '../../../../shared/domain/repairs/repairSchemas';
import { openRepairStatuses, queuedRepairStatuses } from '../../../../shared/domain/repairs/repair';
import { roomLabelStarts, searchedTail } from '../../../../shared/domain/roomPlace';
import { insertNumberedRows, insertRow } from '../../db/preparedInsert';
import { roomFromText } from '../../../../shared/domain/office/roomText';

export async function insertRepairRow(trx: Kysely<Database>, row: Insertable<RepairTable>): Promise<number> {
  return insertRow(trx, 'repairs', row);
}

/** New repairs of an import's batch in multi-row statements; answers their ids in order. */
export async function insertRepairRows(trx: Kysely<Database>, rows: readonly Insertable<RepairTable>[]): Promise<number[]> {
  return insertNumberedRows(trx, 'repairs', rows);
}

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('repairs as r')
    .innerJoin('staff as receiver', 'receiver.id', 'r.receiver_staff_id')
    .leftJoin('departments as department', 'department.id', 'r.department_id')
    .leftJoin('staff as assignee', 'assignee.id', 'r.assignee_staff_id')
    .leftJoin('staff as dispatcher', 'dispatcher.id', 'r.dispatched_by')
    .leftJoin('staff as approver', 'approver.id', 'r.overrun_approved_by')
    .leftJoin('staff as completer', 'completer.id', 'r.completed_by')
    .leftJoin('calls as call', 'call.id', 'r.call_id');
}

export async function findRepairRow(db: Kysely<Database>, id: number) {
  return withNames(db)
    .selectAll('r')
    .select([
      'receiver.name as receiver_name',
      'department.name as department_name',
      'assignee.name as assignee_name',
      'dispatcher.name as dispatcher_name',
      'approver.name as approver_name',
      'completer.name as completer_name',
      'call.number as call_number',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type RepairRow = NonNullable<Awaited<ReturnType<typeof findRepairRow>>>;

function filtered(db: Kysely<Database>, query: Omit<RepairListQuery, 'page' | 'pageSize'>) {
  let select = withNames(db);
  if (query.from) select = select.where('r.reported_at', '>=', `${query.from}T00:00:00`);
  if (query.to) select = select.where('r.reported_at', '<=', `${query.to}T23:59:59`);
  if (query.status) select = select.where('r.status', '=', query.status);
  if (query.category) select = select.where('r.category', '=', query.category);
  if (query.departmentId === 0) select = select.where('r.department_id', 'is', null);
  else if (query.departmentId) select = select.where('r.department_id', '=', query.departmentId);
  if (query.excludeVoided) select = select.where('r.status', '!=', 'voided');
  if (query.arrived) select = select.where('r.arrived_at', 'is not', null);
  // On site within the timer (30 minutes from collecting, or the time agreed with the owner), as the statistics count it.
  if (query.arrived === 'onTime') select = select.where((eb) => eb('r.arrived_at', '<=', eb.ref('r.on_site_due_at')));
  if (query.arrived === 'late') select = select.where((eb) => eb.or([eb('r.on_site_due_at', 'is', null), eb('r.arrived_at', '>', eb.ref('r.on_site_due_at'))]));
  if (query.completed) select = select.where('r.completed_at', 'is not', null);
  if (query.queue) select = select.where('r.status', 'in', queuedRepairStatuses);
  if (query.room) {
    const room = query.room;
    select = select.where((eb) => eb.or([...roomLabelStarts(room).map((start) => like('r.room_label', startingWith(start))), like('r.room_label', endingWith(`-${room}`))]));
  }
  if (query.q) {
    const q = query.q;
    const pattern = containing(q);
    const tail = searchedTail(q);
    const room = roomFromText(q);
    select = select.where((eb) =>
      eb.or([
        eb('r.number', '=', q),
        like('r.content', pattern),
        like('r.reporter_name', pattern),
        like('r.location', pattern),
        ...(/^\d{4,}$/.test(q) ? [like('r.phone', endingWith(q))] : []),
        // “0012” finds BX-202611-0012; “1502” or “3-1-1502” finds the room, as the room filter does.
        ...(tail.numberTail ? [like('r.number', endingWith(q))] : []),
        ...(tail.room ? [...roomLabelStarts(q).map((start) => like('r.room_label', startingWith(start))), like('r.room_label', endingWith(`-${q}`))] : []),
        // A room as people write it (3栋2单元501, 3#2-501) is the room 3-2-501.
        ...(room ? [eb('r.room_label', '=', room)] : []),
      ]),
    );
  }
  return select;
}

/** The time the repair's current step is due (as repairStepDueAt), none last: a department's to-do reads by it. */
const stepDueAt = sql<string>`coalesce(case r.status when 'dispatched' then r.collect_due_at when 'collected' then r.on_site_due_at else r.due_at end, '9999')`;

/** Newest first, as the desk reads its ledger; a department's to-do (queue) the step due soonest first. */
export async function findRepairPage(db: Kysely<Database>, query: RepairListQuery) {
  const base = filtered(db, query);
  const rows = await base
    .select([
      'r.id',
      'r.number',
      'r.reported_at',
      'r.room_label',
      'r.reporter_name',
      'r.phone',
      'r.content',
      'r.category',
      'r.urgency',
      'r.status',
      'r.due_at',
      'r.collect_due_at',
      'r.on_site_due_at',
      'assignee.name as assignee_name',
    ])
    .$if(Boolean(query.queue), (select) => select.orderBy(stepDueAt).orderBy('r.id'))
    .$if(!query.queue, (select) => select.orderBy('r.reported_at', 'desc').orderBy('r.id', 'desc'))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** A page of the list as the Excel export writes it: every column of the repair and the names beside. */
export async function findRepairExportPage(db: Kysely<Database>, query: Omit<RepairListQuery, 'page' | 'pageSize'>, page: number, pageSize: number) {
  return filtered(db, query)
    .selectAll('r')
    .select(['receiver.name as receiver_name', 'department.name as department_name', 'assignee.name as assignee_name'])
    .orderBy('r.reported_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}
export type RepairExportRow = Awaited<ReturnType<typeof findRepairExportPage>>[number];

/** Repairs done and waiting for their revisit, the one due first first. */
export async function repairsAwaitingRevisit(db: Kysely<Database>) {
  return db
    .selectFrom('repairs')
    .select(['id', 'number', 'room_label', 'reporter_name', 'phone', 'content', 'completed_at', 'updated_at', 'revisit_due_at'])
    .where('status', '=', 'awaitingRevisit')
    .orderBy('revisit_due_at')
    .orderBy('id')
    .execute();
}

/** A room's repairs for its history page, through repairs_room (room, time, id); see RoomHistorySource. */
export const roomRepairs: Pick<RoomHistorySource, 'records' | 'counts'> = {
  records: (db, roomId) =>
    db
      .selectFrom('repairs')
      .select(['id', 'reported_at as at', fields('number', 'reporter_name', 'phone', 'content', 'status').as('data')])
      .where('room_id', '=', roomId),
  counts: (db, roomId) =>
    db
      .selectFrom('repairs')
      .select(totalAndOpen(sql`status IN (${sql.join(openRepairStatuses.map((status) => sql.lit(status)))})`))
      .where('room_id', '=', roomId),
};
