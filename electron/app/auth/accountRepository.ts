import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Current staff with their password hash (null: cannot sign in yet), in the order the sign-in screen lists them. */
export async function accountsWithPassword(db: Kysely<Database>) {
  return db
    .selectFrom('staff')
    .innerJoin('departments', 'departments.id', 'staff.department_id')
    .select(['staff.id as staffId', 'staff.name', 'staff.role', 'departments.name as departmentName', 'staff.password_hash'])
    .where('staff.active', '=', 1)
    .orderBy('departments.sort_order')
    .orderBy('staff.id')
    .execute();
}

/** The staff member with their department, active or not. */
export async function findActorRow(db: Kysely<Database>, staffId: number) {
  return db
    .selectFrom('staff')
    .innerJoin('departments', 'departments.id', 'staff.department_id')
    .select(['staff.id', 'staff.name', 'staff.role', 'staff.active', 'departments.name as department_name'])
    .where('staff.id', '=', staffId)
    .executeTakeFirst();
}

export async function someoneCanSignIn(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('staff').select('id').where('password_hash', 'is not', null).executeTakeFirst()) !== undefined;
}

export async function findRoleAndActive(db: Kysely<Database>, staffId: number) {
  return db.selectFrom('staff').select(['role', 'active']).where('id', '=', staffId).executeTakeFirst();
}

export async function findRole(db: Kysely<Database>, staffId: number) {
  return db.selectFrom('staff').select('role').where('id', '=', staffId).executeTakeFirst();
}

export async function findSignInRow(db: Kysely<Database>, staffId: number) {
  return db.selectFrom('staff').select(['password_hash', 'active']).where('id', '=', staffId).executeTakeFirst();
}

export async function passwordHashOf(db: Kysely<Database>, staffId: number): Promise<string | null> {
  return (await db.selectFrom('staff').select('password_hash').where('id', '=', staffId).executeTakeFirstOrThrow()).password_hash;
}

export async function setPasswordHash(db: Kysely<Database>, staffId: number, passwordHash: string): Promise<void> {
  await db.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', staffId).execute();
}

/** The first manager of a folder without staff joins its first department. */
export async function insertFirstManager(trx: Kysely<Database>, name: string, passwordHash: string): Promise<number> {
  const department = await trx.selectFrom('departments').select('id').orderBy('sort_order').orderBy('id').executeTakeFirstOrThrow();
  const row = await trx
    .insertInto('staff')
    .values({ name, department_id: department.id, role: 'manager', phone: null, active: 1, password_hash: passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The alerts a manager has not acknowledged yet: the sign-in notice. */
export async function countOpenAlerts(db: Kysely<Database>): Promise<number> {
  const open = await db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('acknowledged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(open.count);
}
