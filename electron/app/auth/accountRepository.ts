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
  return db.selectFrom('staff').select(['role', 'name']).where('id', '=', staffId).executeTakeFirst();
}

export async function findSignInRow(db: Kysely<Database>, staffId: number) {
  return db
    .selectFrom('staff')
    .leftJoin('sign_in_failures', 'sign_in_failures.staff_id', 'staff.id')
    .select(['staff.name', 'staff.role', 'staff.password_hash', 'staff.active', 'sign_in_failures.failures', 'sign_in_failures.last_failed_at'])
    .where('staff.id', '=', staffId)
    .executeTakeFirst();
}

/** One more failed sign-in of the account: counted in a row, and not yet shown to a manager. Answers the count. */
export async function countSignInFailure(trx: Kysely<Database>, staffId: number, at: string): Promise<number> {
  const row = await trx
    .insertInto('sign_in_failures')
    .values({ staff_id: staffId, failures: 1, unseen: 1, last_failed_at: at })
    .onConflict((oc) =>
      oc.column('staff_id').doUpdateSet((eb) => ({ failures: eb('sign_in_failures.failures', '+', 1), unseen: eb('sign_in_failures.unseen', '+', 1), last_failed_at: at })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** A successful sign-in ends the run of failures; those a manager has not seen stay to be shown. */
export async function endFailureRun(trx: Kysely<Database>, staffId: number): Promise<void> {
  await trx.updateTable('sign_in_failures').set({ failures: 0 }).where('staff_id', '=', staffId).execute();
}

/** Failed sign-ins no manager has been shown yet, by account; marked as shown. */
export async function takeUnseenFailures(trx: Kysely<Database>): Promise<{ staffName: string; count: number; lastAt: string }[]> {
  const rows = await trx
    .selectFrom('sign_in_failures')
    .innerJoin('staff', 'staff.id', 'sign_in_failures.staff_id')
    .select(['staff.name as staffName', 'sign_in_failures.unseen as count', 'sign_in_failures.last_failed_at as lastAt'])
    .where('sign_in_failures.unseen', '>', 0)
    .orderBy('sign_in_failures.last_failed_at', 'desc')
    .execute();
  await trx.updateTable('sign_in_failures').set({ unseen: 0 }).where('unseen', '>', 0).execute();
  return rows;
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
