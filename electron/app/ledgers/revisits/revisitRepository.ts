import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RevisitTable } from '../../db/schema';
import type { RevisitMethod, SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { StaffRole } from '../../../../shared/domain/office/office';
import type { RevisitAttemptOutcome, RevisitPurpose, RevisitScriptItem, RevisitStatus, RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import type { RevisitAttempt, RevisitRecord } from '../../../../shared/domain/revisits/revisitRecords';

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

export async function revisitAttempts(db: Kysely<Database>, revisitId: number): Promise<RevisitAttempt[]> {
  const rows = await db
    .selectFrom('revisit_attempts')
    .innerJoin('staff', 'staff.id', 'revisit_attempts.staff_id')
    .selectAll('revisit_attempts')
    .select('staff.name as staff_name')
    .where('revisit_id', '=', revisitId)
    .orderBy('revisit_attempts.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    outcome: row.outcome as RevisitAttemptOutcome,
    attemptedAt: row.attempted_at,
    staffName: row.staff_name,
    note: row.note,
  }));
}

export interface AttemptTally {
  subjectKind: RevisitSubjectKind;
  subjectId: number;
  roomLabel: string | null;
  ownerName: string | null;
  attempts: number;
  lastAttemptAt: string | null;
}

/** Tries per revisit's subject and owner: the queue adds them up per subject and per owner. */
export async function attemptTallies(db: Kysely<Database>): Promise<AttemptTally[]> {
  const rows = await db
    .selectFrom('revisit_attempts as a')
    .innerJoin('revisits as r', 'r.id', 'a.revisit_id')
    .select(['r.subject_kind', 'r.subject_id', 'r.room_label', 'r.owner_name'])
    .select((eb) => [eb.fn.countAll<number>().as('attempts'), eb.fn.max('a.attempted_at').as('last_at')])
    .groupBy(['r.subject_kind', 'r.subject_id', 'r.room_label', 'r.owner_name'])
    .execute();
  return rows.map((row) => ({
    subjectKind: row.subject_kind as RevisitSubjectKind,
    subjectId: row.subject_id,
    roomLabel: row.room_label,
    ownerName: row.owner_name,
    attempts: Number(row.attempts),
    lastAttemptAt: row.last_at,
  }));
}

/** Active staff able to revisit at `role` or above, lowest role first (the desk before the manager). */
export async function staffForRole(db: Kysely<Database>, roles: StaffRole[]): Promise<{ id: number; name: string; role: StaffRole }[]> {
  const rows = await db.selectFrom('staff').select(['id', 'name', 'role']).where('active', '=', 1).where('role', 'in', roles).orderBy('id').execute();
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}
