import { sql, type Insertable, type Kysely } from 'kysely';
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
  attempts: number;
  lastAttemptAt: string | null;
}

/** A revisit subject, or an owner as the revisits noted them (room and name, either may be missing). */
export type SubjectKey = readonly [kind: RevisitSubjectKind, id: number];
export type OwnerKey = readonly [roomLabel: string | null, ownerName: string | null];

/**
 * Tries per subject, for the given subjects only (the queue's): keyed `kind:id`. The keys travel as one JSON
 * array read by json_each (raw SQL: Kysely has no table-valued functions), each looked up in revisits_subject —
 * the queue's ~1,600 subjects on the 1M office in a few ms, where grouping every attempt on file took 0.7 s.
 */
export async function attemptsBySubject(db: Kysely<Database>, subjects: readonly SubjectKey[]): Promise<Map<string, AttemptTally>> {
  const { rows } = await sql<{ kind: string; id: number; attempts: number; last_at: string | null }>`
    SELECT r.subject_kind AS kind, r.subject_id AS id, count(*) AS attempts, max(a.attempted_at) AS last_at
    FROM (SELECT DISTINCT json_extract(value, '$[0]') AS kind, json_extract(value, '$[1]') AS id FROM json_each(${JSON.stringify(subjects)})) AS k
    JOIN revisits AS r ON r.subject_kind = k.kind AND r.subject_id = k.id
    JOIN revisit_attempts AS a ON a.revisit_id = r.id
    GROUP BY r.subject_kind, r.subject_id`.execute(db);
  return new Map(rows.map((row) => [`${row.kind}:${row.id}`, { attempts: Number(row.attempts), lastAttemptAt: row.last_at }]));
}

/** Tries per owner (the revisits' room and name, matched as they are, a missing one with a missing one): keyed by ownerKeyText. */
export async function attemptsByOwner(db: Kysely<Database>, owners: readonly OwnerKey[]): Promise<Map<string, number>> {
  const { rows } = await sql<{ room_label: string | null; owner_name: string | null; attempts: number }>`
    SELECT r.room_label, r.owner_name, count(*) AS attempts
    FROM (SELECT DISTINCT json_extract(value, '$[0]') AS room, json_extract(value, '$[1]') AS owner FROM json_each(${JSON.stringify(owners)})) AS k
    JOIN revisits AS r ON r.room_label IS k.room AND r.owner_name IS k.owner
    JOIN revisit_attempts AS a ON a.revisit_id = r.id
    GROUP BY r.room_label, r.owner_name`.execute(db);
  return new Map(rows.map((row) => [ownerKeyText([row.room_label, row.owner_name]), Number(row.attempts)]));
}

export function ownerKeyText(owner: OwnerKey): string {
  return JSON.stringify(owner);
}
