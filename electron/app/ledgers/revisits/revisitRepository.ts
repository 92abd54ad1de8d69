import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, RevisitTable } from '../../db/schema';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import type { RevisitMethod, SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { StaffRole } from '../../../../shared/domain/office/office';
import type { RevisitPurpose, RevisitScriptItem, RevisitStatus, RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import type { RevisitRecord } from '../../../../shared/domain/revisits/revisitRecords';

export async function insertRevisit(trx: Kysely<Database>, row: Insertable<RevisitTable>): Promise<number> {
  return (await trx.insertInto('revisits').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Every revisit is numbered as it is written (0004 numbered the ones it carried over): one without is a broken file. */
function numbered<R extends { id: number; number: string | null }>(row: R): R & { number: string } {
  if (row.number === null) throw new Error(`revisit ${row.id} has no number`);
  return row as R & { number: string };
}

export async function findRevisitRow(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('revisits').selectAll().where('id', '=', id).executeTakeFirst();
  return row && numbered(row);
}
export type RevisitRow = NonNullable<Awaited<ReturnType<typeof findRevisitRow>>>;

export async function updateRevisit(trx: Kysely<Database>, id: number, set: Updateable<RevisitTable>): Promise<void> {
  await trx.updateTable('revisits').set(set).where('id', '=', id).execute();
}

/** The revisits a subject still waits for. */
export async function plannedRevisitIds(trx: Kysely<Database>, kind: RevisitSubjectKind, subjectId: number): Promise<{ id: number }[]> {
  return trx.selectFrom('revisits').select('id').where('subject_kind', '=', kind).where('subject_id', '=', subjectId).where('status', '=', 'planned').execute();
}

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('revisits')
    .innerJoin('staff as creator', 'creator.id', 'revisits.created_by')
    .leftJoin('staff as revisitor', 'revisitor.id', 'revisits.revisitor_staff_id')
    .selectAll('revisits')
    .select(['creator.name as creator_name', 'revisitor.name as revisitor_name']);
}

export async function findRevisit(db: Kysely<Database>, id: number): Promise<RevisitRecord | undefined> {
  const row = await withNames(db).where('revisits.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** A subject's revisits in the order they were planned. */
export async function revisitsOfSubject(db: Kysely<Database>, kind: RevisitSubjectKind, subjectId: number, status?: RevisitStatus): Promise<RevisitRecord[]> {
  let query = withNames(db).where('revisits.subject_kind', '=', kind).where('revisits.subject_id', '=', subjectId);
  if (status) query = query.where('revisits.status', '=', status);
  return (await query.orderBy('revisits.id').execute()).map(toRecord);
}

export async function plannedRevisits(db: Kysely<Database>): Promise<RevisitRecord[]> {
  return (await withNames(db).where('revisits.status', '=', 'planned').orderBy('revisits.due_at').orderBy('revisits.id').execute()).map(toRecord);
}

type NamedRow = Selectable<RevisitTable> & { creator_name: string; revisitor_name: string | null };

function toRecord(row: NamedRow): RevisitRecord {
  return {
    id: row.id,
    number: numbered(row).number,
    subjectKind: row.subject_kind as RevisitSubjectKind,
    subjectId: row.subject_id,
    purpose: row.purpose as RevisitPurpose,
    status: row.status as RevisitStatus,
    windowFrom: row.window_from,
    dueAt: row.due_at,
    requiredRole: row.required_role as StaffRole,
    reason: row.reason,
    method: row.method as RevisitMethod | null,
    revisitorName: row.revisitor_name,
    revisitedAt: row.revisited_at,
    scriptChecks: row.script_checks ? (JSON.parse(row.script_checks) as RevisitScriptItem[]) : [],
    ownerOpinion: row.feedback,
    resultSatisfaction: row.satisfaction as SatisfactionLevel | null,
    attitudeSatisfaction: row.attitude_satisfaction as SatisfactionLevel | null,
    officeOpinion: row.office_opinion,
    reopened: row.reopened === 1,
    createdByName: row.creator_name,
    createdAt: row.created_at,
  };
}

/** Active staff able to revisit at `role` or above, lowest role first (the desk before the manager). */
export async function staffForRole(db: Kysely<Database>, roles: StaffRole[]): Promise<{ id: number; name: string; role: StaffRole }[]> {
  const rows = await db.selectFrom('staff').select(['id', 'name', 'role']).where('active', '=', 1).where('role', 'in', roles).orderBy('id').execute();
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

/** The staff member named as revisitor, if still active, with the role the rules check. */
export async function findActiveRevisitor(db: Kysely<Database>, staffId: number) {
  return db.selectFrom('staff').select(['id', 'name', 'role']).where('id', '=', staffId).where('active', '=', 1).executeTakeFirst();
}

/** Revisits name their room by label (revisits_room), not by id; cancelled ones are not the room's history. */
function ofRoom(db: Kysely<Database>, roomId: number) {
  return db
    .selectFrom('revisits')
    .where('room_label', '=', sql<string>`(SELECT label FROM rooms WHERE id = ${roomId})`)
    .where('status', '!=', 'cancelled');
}

/** A room's revisits for its history page (see RoomHistorySource): done ones when made, planned ones when due. */
export const roomRevisits: Pick<RoomHistorySource, 'records' | 'counts'> = {
  records: (db, roomId) =>
    ofRoom(db, roomId).select([
      'id',
      sql<string>`coalesce(revisited_at, due_at)`.as('at'),
      fields('number', 'subject_kind', 'purpose', 'status', 'feedback', 'satisfaction').as('data'),
    ]),
  counts: (db, roomId) => ofRoom(db, roomId).select(totalAndOpen(sql`status = 'planned'`)),
};
