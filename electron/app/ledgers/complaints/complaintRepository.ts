import { sql, type Insertable, type Kysely } from 'kysely';
import type { ComplaintTable, Database } from '../../db/schema';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import { openStatuses } from '../../../../shared/domain/complaints/complaintLifecycle';
import { indexNewComplaint, indexNewComplaints } from './complaintSearchRepository';
import type { SearchedComplaint } from './complaintSearchTokens';
import { insertNumberedRows, insertRow } from '../../db/preparedInsert';

export async function insertComplaint(trx: Kysely<Database>, row: Insertable<ComplaintTable>): Promise<number> {
  const id = await insertRow(trx, 'complaints', row);
  await indexNewComplaint(trx, id, searchedOf(row));
  return id;
}

/**
 * Many new complaints (an import's batch) in multi-row statements, with their search documents: answers their ids
 * in order.
 */
export async function insertComplaints(trx: Kysely<Database>, rows: readonly Insertable<ComplaintTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const ids = await insertNumberedRows(trx, 'complaints', rows);
  await indexNewComplaints(trx, rows.map((row, index) => ({ id: ids[index]!, row: searchedOf(row) })));
  return ids;
}

function searchedOf(row: Insertable<ComplaintTable>): SearchedComplaint {
  return {
    number: row.number,
    received_at: row.received_at,
    content: row.content,
    demand: row.demand ?? null,
    complainant_name: row.complainant_name ?? null,
    target_description: row.target_description ?? null,
    phone: row.phone ?? null,
    room_label: row.room_label ?? null,
  };
}

/** Complaints with the receiver's and the complained-about department's names beside them. */
export function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('complaints')
    .innerJoin('staff as receiver', 'receiver.id', 'complaints.receiver_staff_id')
    .leftJoin('departments as target', 'target.id', 'complaints.target_department_id');
}

export async function findComplaintRow(db: Kysely<Database>, id: number) {
  return withNames(db)
    .selectAll('complaints')
    .select(['receiver.name as receiver_name', 'target.name as target_department_name'])
    .where('complaints.id', '=', id)
    .executeTakeFirst();
}
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof findComplaintRow>>>;

/** The revision handed out on paper for signature: the next change raises it. */
export async function markComplaintPrinted(trx: Kysely<Database>, id: number, revision: number): Promise<void> {
  await trx.updateTable('complaints').set({ printed_revision: revision }).where('id', '=', id).execute();
}

/** The complaints finished and waiting for their revisit, the earliest due first. */
export async function complaintsAwaitingRevisit(db: Kysely<Database>) {
  return db
    .selectFrom('complaints')
    .select(['id', 'number', 'room_label', 'complainant_name', 'anonymous', 'phone', 'content', 'reviewed_at', 'updated_at', 'revisit_due_at'])
    .where('status', '=', 'awaitingRevisit')
    .orderBy('revisit_due_at')
    .execute();
}

/** A room's complaints for its history page (see RoomHistorySource), through complaints_room_id_received (room, time, id). */
export const roomComplaints: Pick<RoomHistorySource, 'records' | 'counts'> = {
  records: (db, roomId) =>
    db.selectFrom('complaints').select(['id', 'received_at as at', fields('number', 'content', 'status').as('data')]).where('room_id', '=', roomId),
  counts: (db, roomId) =>
    db
      .selectFrom('complaints')
      .select(totalAndOpen(sql`status IN (${sql.join(openStatuses.map((status) => sql.lit(status)))})`))
      .where('room_id', '=', roomId),
};

/** The open complaints with a deadline, as a change of the working calendar counts them again. */
export async function openComplaintDeadlines(db: Kysely<Database>) {
  return db
    .selectFrom('complaints')
    .select(['id', 'number', 'revision', 'printed_revision', 'received_at', 'due_at'])
    .where('status', 'in', [...openStatuses])
    .where('due_at', 'is not', null)
    .orderBy('id')
    .execute();
}
