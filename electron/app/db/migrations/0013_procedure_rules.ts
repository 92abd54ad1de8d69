import type { Kysely } from 'kysely';

/**
 * Rules as the procedures write them (issue 16): a 无效 complaint is answered and archived like any other, so it
 * keeps its 答复 (what the owner was told, when, by whom); and a department that disputes the desk's proposed
 * resolution records its 异议, which waits for the level above (seed 004), one row per dispute.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaints').addColumn('owner_reply', 'text').execute();
  await db.schema.alterTable('complaints').addColumn('replied_at', 'text').execute();
  await db.schema.alterTable('complaints').addColumn('replied_by', 'integer', (c) => c.references('staff.id')).execute();
  await db.schema
    .createTable('complaint_disputes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    // pending → upheld (the desk's resolution stands) or revised (the desk must change it).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_comment', 'text')
    .execute();
  await db.schema.createIndex('complaint_disputes_complaint').on('complaint_disputes').columns(['complaint_id', 'status']).execute();
  await db.schema.createIndex('complaint_disputes_raised').on('complaint_disputes').column('raised_at').execute();
}
