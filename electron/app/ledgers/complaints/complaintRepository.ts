import type { Insertable, Kysely } from 'kysely';
import type { ComplaintTable, Database } from '../../db/schema';
import { containing, endingWith, like, startingWith } from '../../db/like';
import type { ComplaintListQuery } from '../../../../shared/domain/complaintSchemas';
import { withStatisticsFilters } from './complaintListFilters';

export async function insertComplaint(trx: Kysely<Database>, row: Insertable<ComplaintTable>): Promise<number> {
  const inserted = await trx.insertInto('complaints').values(row).returning('id').executeTakeFirstOrThrow();
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

export function filtered(db: Kysely<Database>, query: ComplaintListQuery, now: string) {
  let select = withStatisticsFilters(withNames(db), query, now);
  if (query.from) select = select.where('complaints.received_at', '>=', `${query.from}T00:00:00`);
  if (query.to) select = select.where('complaints.received_at', '<=', `${query.to}T23:59:59`);
  if (query.category) select = select.where('complaints.category', '=', query.category);
  if (query.severity) select = select.where('complaints.severity', '=', query.severity);
  if (query.status) select = select.where('complaints.status', '=', query.status);
  if (query.room) {
    const room = query.room;
    // 3-1-1502 finds that room; a bare 1502 finds every building's 1502.
    select = select.where((eb) =>
      eb.or([like('complaints.room_label', startingWith(room)), like('complaints.room_label', endingWith(`-${room}`))]),
    );
  }
  if (query.q) {
    const pattern = containing(query.q);
    select = select.where((eb) =>
      eb.or([
        eb('complaints.number', '=', query.q!),
        like('complaints.content', pattern),
        like('complaints.demand', pattern),
        like('complaints.complainant_name', pattern),
        like('complaints.target_description', pattern),
        ...(/^\d{4,}$/.test(query.q!) ? [like('complaints.phone', endingWith(query.q!))] : []),
      ]),
    );
  }
  return select;
}

export async function findComplaintPage(db: Kysely<Database>, query: ComplaintListQuery, now: string) {
  const base = filtered(db, query, now);
  const rows = await base
    .select([
      'complaints.id',
      'complaints.number',
      'complaints.received_at',
      'complaints.anonymous',
      'complaints.complainant_name',
      'complaints.room_label',
      'complaints.phone',
      'complaints.category',
      'complaints.severity',
      'complaints.urgent',
      'complaints.status',
      'complaints.content',
      'complaints.due_at',
      'complaints.round',
      'receiver.name as receiver_name',
    ])
    .orderBy('complaints.received_at', query.order === 'oldest' ? 'asc' : 'desc')
    .orderBy('complaints.id', query.order === 'oldest' ? 'asc' : 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
