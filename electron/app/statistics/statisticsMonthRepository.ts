import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, StatisticsMonthTable } from '../db/schema';

/** Closed (or reopened) months with the names of who closed and reopened them. */
function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('statistics_months')
    .innerJoin('staff as closer', 'closer.id', 'statistics_months.closed_by')
    .leftJoin('staff as reopener', 'reopener.id', 'statistics_months.reopened_by')
    .selectAll('statistics_months')
    .select(['closer.name as closed_by_name', 'reopener.name as reopened_by_name']);
}

export async function findStatisticsMonth(db: Kysely<Database>, month: string) {
  return withNames(db).where('statistics_months.month', '=', month).executeTakeFirst();
}

export async function statisticsMonthRows(db: Kysely<Database>) {
  return withNames(db).orderBy('statistics_months.month', 'desc').execute();
}

export async function monthState(db: Kysely<Database>, month: string) {
  return db.selectFrom('statistics_months').select(['id', 'status']).where('month', '=', month).executeTakeFirst();
}

export async function insertStatisticsMonth(trx: Kysely<Database>, row: Insertable<StatisticsMonthTable>): Promise<number> {
  return (await trx.insertInto('statistics_months').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateStatisticsMonth(trx: Kysely<Database>, id: number, set: Updateable<StatisticsMonthTable>): Promise<void> {
  await trx.updateTable('statistics_months').set(set).where('id', '=', id).execute();
}
