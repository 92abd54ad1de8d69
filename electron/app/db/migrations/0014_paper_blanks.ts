import { sql, type Kysely } from 'kysely';

/**
 * Blank paper forms for the day the PC is down: each printed blank carries a number taken from the office's
 * sequence in advance (reserved), later given to the record entered from it (used) or voided with a reason.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('paper_blanks')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('number', 'text', (col) => col.notNull().unique())
    // complaint, repair, call: the ledger whose record the paper (or a row of the call sheet) becomes.
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('complaint', 'repair', 'call')`))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('reserved', 'used', 'voided')`))
    .addColumn('reserved_at', 'text', (col) => col.notNull())
    .addColumn('reserved_by', 'integer', (col) => col.notNull().references('staff.id'))
    .addColumn('record_id', 'integer')
    .addColumn('used_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'integer', (col) => col.references('staff.id'))
    .execute();
  await db.schema.createIndex('paper_blanks_reserved_at').on('paper_blanks').columns(['reserved_at']).execute();
}
