import { sql, type Kysely } from 'kysely';

/**
 * Revisits become their own ledger: a revisit is of a complaint or a repair (subject_kind, subject_id), planned
 * with a window and the role that should make it, tried one or more times (revisit_attempts), then done with the
 * 回访记录表's fields. 0002's revisits (complaint only, always done) are carried over with one reached attempt
 * each, and complaints waiting for a revisit get their planned one. Frozen once shipped.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('revisits').renameTo('revisits_0002').execute();
  await sql`DROP INDEX IF EXISTS revisits_complaint`.execute(db);
  await db.schema
    .createTable('revisits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('required_role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('room_label', 'text')
    .addColumn('owner_name', 'text')
    .addColumn('method', 'text')
    .addColumn('revisitor_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('revisited_at', 'text')
    .addColumn('script_checks', 'text')
    .addColumn('feedback', 'text')
    .addColumn('satisfaction', 'text')
    .addColumn('attitude_satisfaction', 'text')
    .addColumn('office_opinion', 'text')
    .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revisits_subject').on('revisits').columns(['subject_kind', 'subject_id', 'id']).execute();
  await db.schema.createIndex('revisits_status_due').on('revisits').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('revisits_room').on('revisits').columns(['room_label', 'owner_name']).execute();

  await db.schema
    .createTable('revisit_attempts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('revisit_id', 'integer', (c) => c.notNull().references('revisits.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revisit_attempts_revisit').on('revisit_attempts').columns(['revisit_id', 'id']).execute();

  // Old rows keep their ids (the complaint page and its history name them); they were all 7-day revisits by the desk.
  await sql`
    INSERT INTO revisits (id, subject_kind, subject_id, purpose, status, window_from, due_at, required_role, room_label,
      owner_name, method, revisitor_staff_id, revisited_at, feedback, satisfaction, reopened, created_by, created_at, updated_at)
    SELECT r.id, 'complaint', r.complaint_id, 'completion', 'done', substr(r.revisited_at, 1, 10) || 'T00:00:00',
      COALESCE(c.revisit_due_at, substr(r.revisited_at, 1, 10) || 'T23:59:59'), 'clerk', c.room_label, c.complainant_name,
      r.method, r.revisitor_staff_id, r.revisited_at, r.feedback, r.satisfaction, r.reopened, r.created_by, r.created_at, r.created_at
    FROM revisits_0002 r JOIN complaints c ON c.id = r.complaint_id ORDER BY r.id`.execute(db);
  await sql`
    INSERT INTO revisit_attempts (revisit_id, outcome, attempted_at, staff_id, created_at)
    SELECT id, 'reached', revisited_at, revisitor_staff_id, created_at FROM revisits ORDER BY id`.execute(db);
  await sql`
    INSERT INTO revisits (subject_kind, subject_id, purpose, status, window_from, due_at, required_role, room_label,
      owner_name, created_by, created_at, updated_at)
    SELECT 'complaint', c.id, 'completion', 'planned', substr(COALESCE(c.reviewed_at, c.updated_at), 1, 10) || 'T00:00:00',
      COALESCE(c.revisit_due_at, c.updated_at), 'clerk', c.room_label, c.complainant_name,
      COALESCE(c.reviewed_by, c.created_by), COALESCE(c.reviewed_at, c.updated_at), COALESCE(c.reviewed_at, c.updated_at)
    FROM complaints c WHERE c.status = 'awaitingRevisit' ORDER BY c.id`.execute(db);
  await db.schema.dropTable('revisits_0002').execute();
  // Numbers HF-YYYYMM-NNNN in the order the rows were written, and the month's counter continues after them.
  await sql`
    UPDATE revisits SET number = (
      SELECT 'HF-' || x.period || '-' || printf('%04d', x.n) FROM (
        SELECT id, strftime('%Y%m', created_at) AS period,
          row_number() OVER (PARTITION BY strftime('%Y%m', created_at) ORDER BY id) AS n FROM revisits) x
      WHERE x.id = revisits.id)`.execute(db);
  await sql`
    INSERT INTO record_sequences (prefix, period, last_value)
    SELECT 'HF', strftime('%Y%m', created_at), count(*) FROM revisits GROUP BY strftime('%Y%m', created_at)`.execute(db);
}
