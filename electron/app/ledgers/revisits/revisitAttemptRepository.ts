import type { Insertable, Kysely } from 'kysely';
import type { Database, RevisitAttemptTable } from '../../db/schema';
import type { RevisitAttemptOutcome, RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import type { RevisitAttempt } from '../../../../shared/domain/revisits/revisitRecords';

/** Each try to reach the owner, the one that reached them included. */
export async function insertAttempt(trx: Kysely<Database>, row: Insertable<RevisitAttemptTable>): Promise<void> {
  await trx.insertInto('revisit_attempts').values(row).execute();
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
