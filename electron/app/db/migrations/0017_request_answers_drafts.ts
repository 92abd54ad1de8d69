import type { Kysely } from 'kysely';

/**
 * Two tables for a hurried desk. `request_answers`: the first answer to each write request id the client made, so a
 * double-click or a retry after a lost answer (even across a restart) gets that answer instead of a second record.
 * `drafts`: each signed-in person's half-typed entry forms, one row per person and form, kept until saved or thrown
 * away, so a click in the menu, the screen lock or a restart loses nothing.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_answers')
    .addColumn('request_id', 'text', (column) => column.primaryKey())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('staff_id', 'integer', (column) => column.notNull())
    .addColumn('answer', 'text', (column) => column.notNull())
    .addColumn('answered_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('request_answers_answered_at').on('request_answers').column('answered_at').execute();
  await db.schema
    .createTable('drafts')
    .addColumn('staff_id', 'integer', (column) => column.notNull().references('staff.id'))
    .addColumn('form', 'text', (column) => column.notNull())
    .addColumn('draft_values', 'text', (column) => column.notNull())
    .addColumn('saved_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['staff_id', 'form'])
    .execute();
}
