import type { Kysely } from 'kysely';

/**
 * 收据、发票遗失声明 (DOMAIN.md §6). Scans live in the existing attachments tables (entity 'lossDeclaration').
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('loss_declarations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('declared_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
    .addColumn('room_label', 'text')
    .addColumn('document_type', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('purpose_other', 'text')
    .addColumn('consultant_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('by_agent', 'integer', (c) => c.notNull())
    .addColumn('agent_name', 'text')
    .addColumn('agent_id_number', 'text')
    .addColumn('period_ends_on', 'text', (c) => c.notNull())
    .addColumn('stub_found_at', 'text')
    .addColumn('stub_found_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('stub_note', 'text')
    .addColumn('outcome', 'text')
    .addColumn('refund_kind', 'text')
    .addColumn('present_person', 'text')
    .addColumn('outcome_at', 'text')
    .addColumn('outcome_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('outcome_note', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('void_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loss_declarations_status_period').on('loss_declarations').columns(['status', 'period_ends_on']).execute();
  await db.schema.createIndex('loss_declarations_declared').on('loss_declarations').columns(['declared_at', 'id']).execute();
  await db.schema.createIndex('loss_declarations_room').on('loss_declarations').columns(['room_id', 'declared_at']).execute();
}
