import { sql, type Kysely } from 'kysely';

/**
 * The monthly statistics: a working-day ordinal per date (so "working days to close" is a subtraction in SQL),
 * the closed months with their frozen figures, and the indexes the month's GROUP BY queries read.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_ordinals')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .modifyEnd(sql`without rowid`)
    .execute();
  // What the ordinals were computed from (package years, office overrides, confirmed years): rebuilt when it changes.
  await db.schema
    .createTable('calendar_ordinal_source')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('statistics_months')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('month', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('reopened_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text')
    .execute();

  // The month's figures group by these within a received_at range.
  for (const column of ['target_department_id', 'channel', 'phone', 'room_label']) {
    await db.schema.createIndex(`complaints_stats_${column}`).on('complaints').columns(['received_at', column]).execute();
  }
}
