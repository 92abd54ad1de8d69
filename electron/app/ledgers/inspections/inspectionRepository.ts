import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, InspectionTable } from '../../db/schema';
import { containing, like } from '../../db/like';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import type { InspectionListQuery } from '../../../../shared/domain/inspections/inspection';

export async function insertInspection(trx: Kysely<Database>, row: Insertable<InspectionTable>): Promise<number> {
  const inserted = await trx.insertInto('inspections').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** The complaint an inspection is written for: whether it exists, may still be inspected, and when it came in. */
export async function complaintInspected(db: Kysely<Database>, complaintId: number) {
  return db.selectFrom('complaints').select(['id', 'number', 'received_at', 'status']).where('id', '=', complaintId).executeTakeFirst();
}

/** An inspection with what the form prints beside it: the complaint's customer, date and matter, and the names. */
function withComplaint(db: Kysely<Database>) {
  return db
    .selectFrom('inspections')
    .innerJoin('complaints', 'complaints.id', 'inspections.complaint_id')
    .innerJoin('staff as inspector', 'inspector.id', 'inspections.inspector_staff_id')
    .innerJoin('staff as creator', 'creator.id', 'inspections.created_by')
    .selectAll('inspections')
    .select([
      'complaints.number as complaint_number',
      'complaints.anonymous',
      'complaints.complainant_name',
      'complaints.received_at as complaint_received_at',
      'complaints.content as complaint_content',
      'complaints.room_id',
      'complaints.room_label',
      'inspector.name as inspector_name',
      'creator.name as created_by_name',
    ]);
}

export async function findInspectionRow(db: Kysely<Database>, id: number) {
  return withComplaint(db).where('inspections.id', '=', id).executeTakeFirst();
}
export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspectionRow>>>;

export async function findInspectionPage(db: Kysely<Database>, query: InspectionListQuery) {
  let select = withComplaint(db);
  if (query.complaintId) select = select.where('inspections.complaint_id', '=', query.complaintId);
  if (query.from) select = select.where('inspections.inspected_at', '>=', `${query.from}T00:00:00`);
  if (query.to) select = select.where('inspections.inspected_at', '<=', `${query.to}T23:59:59`);
  if (query.outcome) select = select.where('inspections.outcome', '=', query.outcome);
  if (query.q) {
    const q = query.q;
    select = select.where((eb) =>
      eb.or([
        eb('inspections.number', '=', q),
        eb('complaints.number', '=', q),
        like('inspections.findings', containing(q)),
        like('inspections.place', containing(q)),
        like('complaints.room_label', containing(q)),
        like('inspector.name', containing(q)),
      ]),
    );
  }
  const rows = await select
    .orderBy('inspections.inspected_at', 'desc')
    .orderBy('inspections.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await select
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** Inspections belong to a room through the complaint they checked. */
function ofRoom(db: Kysely<Database>, roomId: number) {
  return db.selectFrom('inspections').innerJoin('complaints', 'complaints.id', 'inspections.complaint_id').where('complaints.room_id', '=', roomId);
}

/** A room's inspections for its history page (see RoomHistorySource); one to follow up is open. */
export const roomInspections: Pick<RoomHistorySource, 'records' | 'counts'> = {
  records: (db, roomId) =>
    ofRoom(db, roomId).select(['inspections.id', 'inspections.inspected_at as at', fields('inspections.number', 'inspections.findings', 'inspections.outcome').as('data')]),
  counts: (db, roomId) => ofRoom(db, roomId).select(totalAndOpen(sql`inspections.outcome = 'followUp'`)),
};
