import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The complaint lifecycle: sign-in, handling fields, work orders, revisits, deadline extensions, alerts,
 * repeat links, attachments, CAPA reports, the working-day calendar and the tamper-evident history.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff').addColumn('password_hash', 'text').execute();

  const complaintColumns: [string, 'text' | 'integer'][] = [
    ['due_at', 'text'],
    ['round', 'integer'],
    ['investigator_staff_id', 'integer'],
    ['findings', 'text'],
    ['emergency_measure', 'text'],
    ['emergency_staff_id', 'integer'],
    ['cause_analysis', 'text'],
    ['correction_period', 'text'],
    ['corrective_action', 'text'],
    ['handling_result', 'text'],
    ['person_at_fault', 'text'],
    ['handled_by', 'integer'],
    ['handled_at', 'text'],
    ['reviewed_by', 'integer'],
    ['reviewed_at', 'text'],
    ['review_comment', 'text'],
    ['revisit_due_at', 'text'],
    ['resolved_at', 'text'],
    ['archived_at', 'text'],
    ['archived_by', 'integer'],
    ['voided_at', 'text'],
    ['voided_by', 'integer'],
    ['void_reason', 'text'],
    ['printed_revision', 'integer'],
    ['scan_waived_by', 'integer'],
    ['scan_waiver_reason', 'text'],
    ['escalated_from', 'text'],
    ['extension_count', 'integer'],
  ];
  for (const [name, type] of complaintColumns) {
    await db.schema
      .alterTable('complaints')
      .addColumn(name, type, (c) => (name === 'round' || name === 'extension_count' ? c.notNull().defaultTo(0) : c))
      .execute();
  }
  // Records from before deadlines existed get the 3-working-day default of 一般, counted by calendar days.
  await sql`UPDATE complaints SET due_at = substr(date(received_at, '+3 days'), 1, 10) || 'T23:59:59'`.execute(db);
  await db.schema.createIndex('complaints_status_due').on('complaints').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('complaints_phone_received').on('complaints').columns(['phone', 'received_at']).execute();

  await db.schema
    .createTable('work_orders')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('assignee_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text')
    .addColumn('collected_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_orders_department').on('work_orders').columns(['department_id', 'status', 'due_at']).execute();
  await db.schema.createIndex('work_orders_complaint').on('work_orders').columns(['complaint_id', 'id']).execute();
  await db.schema.createIndex('work_orders_status').on('work_orders').columns(['status', 'issued_at']).execute();

  await db.schema
    .createTable('revisits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('revisitor_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('revisited_at', 'text', (c) => c.notNull())
    .addColumn('feedback', 'text', (c) => c.notNull())
    .addColumn('satisfaction', 'text', (c) => c.notNull())
    .addColumn('reopened', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revisits_complaint').on('revisits').columns(['complaint_id', 'id']).execute();

  await db.schema
    .createTable('deadline_extensions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('interim_measure', 'text', (c) => c.notNull())
    .addColumn('previous_due_at', 'text', (c) => c.notNull())
    .addColumn('requested_due_at', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_comment', 'text')
    .execute();
  await db.schema.createIndex('deadline_extensions_complaint').on('deadline_extensions').columns(['complaint_id', 'id']).execute();
  await db.schema.createIndex('deadline_extensions_status').on('deadline_extensions').column('status').execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema.createIndex('alerts_open').on('alerts').columns(['acknowledged_at', 'id']).execute();

  await db.schema
    .createTable('complaint_repeats')
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('earlier_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addPrimaryKeyConstraint('complaint_repeats_pk', ['complaint_id', 'earlier_id'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('record_attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('record_attachments_entity').on('record_attachments').columns(['entity', 'entity_id', 'kind']).execute();

  await db.schema
    .createTable('capa_reports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('request_note', 'text')
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('nonconformity', 'text')
    .addColumn('cause_analysis', 'text')
    .addColumn('corrective_action', 'text')
    .addColumn('preventive_action', 'text')
    .addColumn('responsible_person', 'text')
    .addColumn('planned_completion', 'text')
    .addColumn('submitted_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('submitted_at', 'text')
    .execute();
  await db.schema.createIndex('capa_reports_complaint').on('capa_reports').columns(['complaint_id', 'id']).execute();
  await db.schema.createIndex('capa_reports_status').on('capa_reports').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('calendar_overrides')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .execute();

  await db.schema.alterTable('record_history').addColumn('revision', 'integer').execute();
  await db.schema.alterTable('record_history').addColumn('reason', 'text').execute();
  await db.schema.alterTable('record_history').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('record_history').addColumn('hash', 'text').execute();
  await chainExistingHistory(db);
}

/** Rows written before the chain existed join it now, in the order they were written. */
async function chainExistingHistory(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom('record_history').selectAll().orderBy('id').execute();
  let prevHash = '';
  for (const row of rows) {
    const hash = historyRowHash(prevHash, { ...(row as ChainedFields), revision: 0, reason: null });
    await db
      .updateTable('record_history')
      .set({ revision: 0, prev_hash: prevHash, hash })
      .where('id', '=', row.id)
      .execute();
    prevHash = hash;
  }
}

// Frozen copy of history/historyChain.ts as of 0002: the hashes this migration wrote must never follow the live code.
interface ChainedFields {
  entity: string;
  entity_id: number;
  at: string;
  staff_id: number | null;
  action: string;
  summary: string;
  changes: string | null;
  revision: number | null;
  reason: string | null;
}

function historyRowHash(prevHash: string, row: ChainedFields): string {
  const sealed = [
    prevHash,
    row.entity,
    row.entity_id,
    row.at,
    row.staff_id,
    row.action,
    row.summary,
    row.changes,
    row.revision,
    row.reason,
  ];
  return createHash('sha256').update(JSON.stringify(sealed)).digest('hex');
}
