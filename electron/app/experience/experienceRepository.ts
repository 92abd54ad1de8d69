import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, ExperienceEntryTable } from '../db/schema';

/** The experience base's entries with their department's name and, for a lesson, its case's number. */
function entries(db: Kysely<Database>) {
  return db
    .selectFrom('experience_entries')
    .leftJoin('departments', 'departments.id', 'experience_entries.department_id')
    .leftJoin('complaints', 'complaints.id', 'experience_entries.complaint_id')
    .selectAll('experience_entries')
    .select(['departments.name as department_name', 'complaints.number as complaint_number']);
}
export type ExperienceEntryRow = Awaited<ReturnType<ReturnType<typeof entries>['execute']>>[number];

export function listEntries(db: Kysely<Database>, filter: { kind?: string | null; includeInactive: boolean }): Promise<ExperienceEntryRow[]> {
  let select = entries(db);
  if (filter.kind) select = select.where('experience_entries.kind', '=', filter.kind);
  if (!filter.includeInactive) select = select.where('experience_entries.active', '=', 1);
  return select.orderBy('experience_entries.kind', 'desc').orderBy('experience_entries.id').execute();
}

export function findEntry(db: Kysely<Database>, id: number): Promise<ExperienceEntryRow | undefined> {
  return entries(db).where('experience_entries.id', '=', id).executeTakeFirst();
}

export function findLessonOf(db: Kysely<Database>, complaintId: number): Promise<ExperienceEntryRow | undefined> {
  return entries(db).where('experience_entries.complaint_id', '=', complaintId).executeTakeFirst();
}

export async function insertEntry(db: Kysely<Database>, row: Insertable<ExperienceEntryTable>): Promise<number> {
  return (await db.insertInto('experience_entries').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateEntry(db: Kysely<Database>, id: number, set: Updateable<ExperienceEntryTable>): Promise<void> {
  await db.updateTable('experience_entries').set(set).where('id', '=', id).execute();
}

/** Every active entry's words, for ranking: the base is a few hundred entries, read whole. */
export function rankableEntries(db: Kysely<Database>) {
  return db
    .selectFrom('experience_entries')
    .select(['id', 'kind', 'words', 'complaint_id'])
    .where('active', '=', 1)
    .execute();
}

/** Entries whose words were cut with another dictionary: cut again when the office's words change. */
export function entryTexts(db: Kysely<Database>) {
  return db.selectFrom('experience_entries').select(['id', 'title', 'text', 'steps']).execute();
}

/** The active entries' texts with their category and department: the character model learns from them too. */
export function trainingEntries(db: Kysely<Database>) {
  return db
    .selectFrom('experience_entries')
    .select(['id', 'kind', 'title', 'text', 'category', 'department_id'])
    .where('active', '=', 1)
    .where('category', 'is not', null)
    .execute();
}

/** Changes whenever an entry is added or edited (switching one off edits it). */
export async function entriesVersion(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('experience_entries')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('id').as('last'), eb.fn.max('updated_at').as('updated')])
    .executeTakeFirst();
  return `${row?.count ?? 0}:${row?.last ?? ''}:${row?.updated ?? ''}`;
}
