import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { containing, endingWith, like, startingWith } from '../db/like';
import type { Office, Department, Staff, Owner, Room } from '../../../shared/domain/office/officeRecords';
import type { StaffRole } from '../../../shared/domain/office/office';

export async function findOffice(db: Kysely<Database>): Promise<Office | null> {
  const row = await db.selectFrom('office').select(['name', 'company_name', 'code']).where('id', '=', 1).executeTakeFirst();
  return row ? { name: row.name, companyName: row.company_name, code: row.code } : null;
}

export async function upsertOffice(db: Kysely<Database>, office: Office): Promise<void> {
  await db
    .insertInto('office')
    .values({ id: 1, name: office.name, company_name: office.companyName, code: office.code })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: office.name, company_name: office.companyName, code: office.code }))
    .execute();
}

export async function listDepartments(db: Kysely<Database>): Promise<Department[]> {
  const rows = await db.selectFrom('departments').selectAll().orderBy('sort_order').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, active: row.active === 1, sortOrder: row.sort_order }));
}

export async function insertDepartment(db: Kysely<Database>, name: string, active: boolean): Promise<number> {
  const { next } = await db
    .selectFrom('departments')
    .select(sql<number>`coalesce(max(sort_order), 0) + 1`.as('next'))
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('departments')
    .values({ name, active: active ? 1 : 0, sort_order: next })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDepartment(db: Kysely<Database>, id: number, name: string, active: boolean): Promise<number> {
  const result = await db
    .updateTable('departments')
    .set({ name, active: active ? 1 : 0 })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function departmentExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findDepartmentByName(db: Kysely<Database>, name: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('departments').select('id').where('name', '=', name).executeTakeFirst();
}

export async function listStaff(db: Kysely<Database>, where: { id?: number } = {}): Promise<Staff[]> {
  let query = db
    .selectFrom('staff')
    .innerJoin('departments', 'departments.id', 'staff.department_id')
    .select([
      'staff.id',
      'staff.name',
      'staff.department_id',
      'departments.name as department_name',
      'staff.role',
      'staff.phone',
      'staff.active',
      sql<number>`staff.password_hash IS NOT NULL`.as('has_password'),
    ])
    .orderBy('departments.sort_order')
    .orderBy('staff.id');
  if (where.id !== undefined) query = query.where('staff.id', '=', where.id);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    role: row.role as StaffRole,
    phone: row.phone,
    active: row.active === 1,
    hasPassword: row.has_password === 1,
  }));
}

export interface StaffRow {
  name: string;
  department_id: number;
  role: StaffRole;
  phone: string | null;
  active: number;
}

/** Active managers other than `exceptId` who can sign in. */
export async function countActiveManagers(db: Kysely<Database>, exceptId: number): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'manager')
    .where('active', '=', 1)
    // One who can sign in: a manager without a password cannot restore or reopen anything.
    .where('password_hash', 'is not', null)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertStaff(db: Kysely<Database>, staff: StaffRow): Promise<number> {
  const row = await db.insertInto('staff').values(staff).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateStaff(db: Kysely<Database>, id: number, staff: StaffRow): Promise<number> {
  const result = await db.updateTable('staff').set(staff).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listBuildings(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('rooms')
    .select('building')
    .groupBy('building')
    .orderBy(sql`cast(building as integer)`)
    .orderBy('building')
    .execute();
  return rows.map((row) => row.building);
}

export interface RoomQuery {
  building?: string | null;
  q?: string | null;
  limit: number;
  offset: number;
}

function roomFilter(db: Kysely<Database>, query: Omit<RoomQuery, 'limit' | 'offset'>) {
  let select = db.selectFrom('rooms');
  if (query.building) select = select.where('rooms.building', '=', query.building);
  if (query.q) {
    const q = query.q;
    // A room is found by its label (3-1-1502), its bare number (1502) or an owner's name or phone tail.
    select = select.where((eb) =>
      eb.or([
        like('rooms.label', startingWith(q)),
        eb('rooms.room_no', '=', q),
        eb.exists(
          eb
            .selectFrom('owners')
            .select('owners.id')
            .whereRef('owners.room_id', '=', 'rooms.id')
            .where((inner) => inner.or([like('owners.name', containing(q)), like('owners.phone', endingWith(q))])),
        ),
      ]),
    );
  }
  return select;
}

export async function findRooms(db: Kysely<Database>, query: RoomQuery): Promise<{ rooms: Room[]; total: number }> {
  const filtered = roomFilter(db, query);
  const [rows, count] = await Promise.all([
    filtered
      .selectAll('rooms')
      // Building 3 before building 12 (a text building such as 商铺 counts as 0); rooms.buildings sorts the same way.
      .orderBy(sql`cast(rooms.building as integer)`)
      .orderBy('rooms.building')
      .orderBy(sql`cast(rooms.unit as integer)`)
      .orderBy('rooms.unit')
      .orderBy(sql`cast(rooms.room_no as integer)`)
      .orderBy('rooms.room_no')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const owners = await ownersOf(db, rows.map((row) => row.id));
  const rooms = rows.map((row) => ({
    id: row.id,
    building: row.building,
    unit: row.unit,
    roomNo: row.room_no,
    label: row.label,
    note: row.note,
    owners: owners.get(row.id) ?? [],
  }));
  return { rooms, total: Number(count.total) };
}

async function ownersOf(db: Kysely<Database>, roomIds: number[]): Promise<Map<number, Owner[]>> {
  const byRoom = new Map<number, Owner[]>();
  if (roomIds.length === 0) return byRoom;
  const rows = await db
    .selectFrom('owners')
    .select(['id', 'room_id', 'name', 'phone'])
    .where('room_id', 'in', roomIds)
    .orderBy('room_id')
    .orderBy('sort_order')
    .execute();
  for (const row of rows) {
    const list = byRoom.get(row.room_id) ?? [];
    list.push({ id: row.id, name: row.name, phone: row.phone });
    byRoom.set(row.room_id, list);
  }
  return byRoom;
}

export async function findRoomById(db: Kysely<Database>, id: number): Promise<Room | undefined> {
  const row = await db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const owners = await ownersOf(db, [id]);
  return { id, building: row.building, unit: row.unit, roomNo: row.room_no, label: row.label, note: row.note, owners: owners.get(id) ?? [] };
}

export interface RoomRow {
  building: string;
  unit: string;
  room_no: string;
  label: string;
  note: string | null;
}

export async function insertRoom(db: Kysely<Database>, room: RoomRow): Promise<number> {
  const row = await db.insertInto('rooms').values(room).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRoom(db: Kysely<Database>, id: number, room: RoomRow): Promise<number> {
  const result = await db.updateTable('rooms').set(room).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findRoomIdByLabel(db: Kysely<Database>, label: string): Promise<number | undefined> {
  const row = await db.selectFrom('rooms').select('id').where('label', '=', label).executeTakeFirst();
  return row?.id;
}

export async function replaceOwners(db: Kysely<Database>, roomId: number, owners: Array<{ name: string; phone: string | null }>) {
  await db.deleteFrom('owners').where('room_id', '=', roomId).execute();
  if (owners.length === 0) return;
  await db
    .insertInto('owners')
    .values(owners.map((owner, index) => ({ room_id: roomId, name: owner.name, phone: owner.phone, sort_order: index })))
    .execute();
}

/** Names for a handful of staff ids at once (a record names up to six people). */
export async function staffNames(db: Kysely<Database>, ids: Array<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findActiveStaff(db: Kysely<Database>, id: number): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('staff').select(['id', 'name']).where('id', '=', id).where('active', '=', 1).executeTakeFirst();
}

/** The department a staff member belongs to: a department's own staff act only on its orders. */
export async function staffDepartment(db: Kysely<Database>, staffId: number): Promise<number | undefined> {
  return (await db.selectFrom('staff').select('department_id').where('id', '=', staffId).executeTakeFirst())?.department_id;
}
