import { sql, type Kysely } from 'kysely';

// Frozen: never edit after it has shipped; add the next numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('office')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('company_name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('rooms')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('building', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('room_no', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('note', 'text')
    .addUniqueConstraint('rooms_building_unit_room', ['building', 'unit', 'room_no'])
    .execute();
  await db.schema.createIndex('rooms_room_no').on('rooms').column('room_no').execute();

  await db.schema
    .createTable('owners')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('owners_room').on('owners').column('room_id').execute();
  await db.schema.createIndex('owners_name').on('owners').column('name').execute();

  await db.schema
    .createTable('record_sequences')
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_sequences_pk', ['prefix', 'period'])
    .execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('referral_source', 'text')
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complainant_name', 'text')
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
    .addColumn('room_label', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('target_department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('target_description', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('demand', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('validity', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('receiver_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The list is read newest first, alone or filtered; each filter gets an index ending in the sort key.
  await db.schema.createIndex('complaints_received').on('complaints').columns(['received_at', 'id']).execute();
  for (const column of ['status', 'category', 'severity', 'room_id']) {
    await db.schema
      .createIndex(`complaints_${column}_received`)
      .on('complaints')
      .columns([column, 'received_at'])
      .execute();
  }

  await db.schema
    .createTable('record_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('changes', 'text')
    .execute();
  await db.schema.createIndex('record_history_entity').on('record_history').columns(['entity', 'entity_id', 'id']).execute();
}
