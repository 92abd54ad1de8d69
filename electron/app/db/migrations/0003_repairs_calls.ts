import type { Kysely } from 'kysely';

/**
 * Repairs (报修) with their dispatch on the record itself, and the call log (来电记录).
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('called_at', 'text', (c) => c.notNull())
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
    .addColumn('room_label', 'text')
    .addColumn('caller_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('answered_at', 'text')
    .addColumn('repair_id', 'integer')
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calls_called_at').on('calls').columns(['called_at', 'id']).execute();
  await db.schema.createIndex('calls_room').on('calls').columns(['room_id', 'called_at']).execute();
  await db.schema.createIndex('calls_complaint').on('calls').column('complaint_id').execute();

  await db.schema
    .createTable('repairs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
    .addColumn('room_label', 'text')
    .addColumn('reporter_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('location', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('work_kind', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('receiver_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('call_id', 'integer', (c) => c.references('calls.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('assignee_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('dispatched_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('dispatched_at', 'text')
    .addColumn('instructions', 'text')
    .addColumn('collect_due_at', 'text')
    .addColumn('collected_at', 'text')
    .addColumn('on_site_due_at', 'text')
    .addColumn('agreed_time_note', 'text')
    .addColumn('arrived_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('overrun_reason', 'text')
    .addColumn('overrun_approved_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('overrun_approved_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('result', 'text')
    .addColumn('materials', 'text')
    .addColumn('charge_type', 'text')
    .addColumn('charge_fen', 'integer')
    .addColumn('revisit_due_at', 'text')
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed_at', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema.createIndex('repairs_reported').on('repairs').columns(['reported_at', 'id']).execute();
  await db.schema.createIndex('repairs_status').on('repairs').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('repairs_room').on('repairs').columns(['room_id', 'reported_at']).execute();
}
