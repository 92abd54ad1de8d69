import { expressionBuilder, type Expression, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { ComplaintTable, Database } from '../../db/schema';
import { containing, endingWith, like, startingWith } from '../../db/like';
import { indexComplaint } from './complaintSearchRepository';
import { statisticsConditions } from './complaintListFilters';
import type { ComplaintListQuery } from '../../../../shared/domain/complaints/complaintSchemas';

export async function insertComplaint(trx: Kysely<Database>, row: Insertable<ComplaintTable>): Promise<number> {
  const inserted = await trx.insertInto('complaints').values(row).returning('id').executeTakeFirstOrThrow();
  await indexComplaint(trx, inserted.id);
  return inserted.id;
}

function withNames(db: Kysely<Database>) {
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

/**
 * The list's filters as one condition on `complaints`, for the page (with names joined) and for the count (without).
 * `now` decides what a statistics figure's filter (超期, 处理中) counts.
 */
export function listFilter(query: ComplaintListQuery, now: string): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'complaints'>();
  const conditions: Expression<SqlBool>[] = statisticsConditions(query, now);
  if (query.from) conditions.push(eb('complaints.received_at', '>=', `${query.from}T00:00:00`));
  if (query.to) conditions.push(eb('complaints.received_at', '<=', `${query.to}T23:59:59`));
  if (query.category) conditions.push(eb('complaints.category', '=', query.category));
  if (query.severity) conditions.push(eb('complaints.severity', '=', query.severity));
  if (query.status) conditions.push(eb('complaints.status', '=', query.status));
  if (query.room) {
    // 3-1-1502 finds that room; a bare 1502 finds every building's 1502.
    conditions.push(eb.or([like('complaints.room_label', startingWith(query.room)), like('complaints.room_label', endingWith(`-${query.room}`))]));
  }
  if (query.q) {
    const pattern = containing(query.q);
    conditions.push(
      eb.or([
        eb('complaints.number', '=', query.q),
        like('complaints.content', pattern),
        like('complaints.demand', pattern),
        like('complaints.complainant_name', pattern),
        like('complaints.target_description', pattern),
        ...(/^\d{4,}$/.test(query.q) ? [like('complaints.phone', endingWith(query.q))] : []),
      ]),
    );
  }
  return eb.and(conditions);
}

export function filtered(db: Kysely<Database>, query: ComplaintListQuery, now: string) {
  return withNames(db).where(listFilter(query, now));
}
