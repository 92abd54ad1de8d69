import type { Kysely } from 'kysely';
import { dataFolderKind, settleDataFolderKind } from '../dataFolder/dataFolderKind';
import type { z } from 'zod';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import { inCall } from '../db/inCall';
import { DomainError } from '../../../shared/contract/errors';
import type { changePasswordInput, setPasswordInput, setupInput, signInInput } from '../../../shared/domain/auth/authSchemas';
import type { AuthStatus, SignInResult } from '../../../shared/domain/auth/authRecords';
import type { StaffRole } from '../../../shared/domain/office/office';
import { hashPassword, verifyPassword } from './password';
import { loadActor } from './authorize';
import type { Actor } from './session';

async function accountsWithPassword(db: Kysely<Database>) {
  return db
    .selectFrom('staff')
    .innerJoin('departments', 'departments.id', 'staff.department_id')
    .select(['staff.id as staffId', 'staff.name', 'staff.role', 'departments.name as departmentName', 'staff.password_hash'])
    .where('staff.active', '=', 1)
    .orderBy('departments.sort_order')
    .orderBy('staff.id')
    .execute();
}

export async function authStatus(ctx: AppContext): Promise<AuthStatus> {
  const staff = await accountsWithPassword(ctx.db);
  const accounts = staff.filter((row) => row.password_hash !== null);
  return {
    needsSetup: accounts.length === 0,
    signedIn: ctx.session.current(ctx.clock.now(), false),
    lockedFor: ctx.session.lockedFor,
    idleLockMinutes: ctx.session.idleLockMinutes,
    accounts: accounts.map(({ staffId, name, role, departmentName }) => ({ staffId, name, role: role as StaffRole, departmentName })),
    setupCandidates: staff
      .filter((row) => row.role === 'manager' && row.password_hash === null)
      .map(({ staffId, name }) => ({ staffId, name })),
    folderKind: await dataFolderKind(ctx.db),
  };
}

/** First start: the first manager account. Refused once anyone can sign in, so it cannot be used to take over. */
export async function setUpFirstManager(ctx: AppContext, input: z.output<typeof setupInput>): Promise<SignInResult> {
  const passwordHash = await hashPassword(input.password);
  const staffId = await inCall(ctx.db, async (trx) => {
    const existing = await trx.selectFrom('staff').select('id').where('password_hash', 'is not', null).executeTakeFirst();
    if (existing) throw new DomainError('conflict', '已经有可登录的账号,请直接登录;忘记密码请找经理重设');
    // The first start decides what a fresh folder is for; a folder head-office imports already made keeps its kind.
    if ((await dataFolderKind(trx)) === null) await settleDataFolderKind(trx, input.folderKind, ctx.clock.now());
    if (input.staffId !== null) {
      const chosen = await trx.selectFrom('staff').select(['role', 'active']).where('id', '=', input.staffId).executeTakeFirst();
      if (!chosen?.active || chosen.role !== 'manager') throw new DomainError('rule', '第一个账号必须是在职的经理/主任', 'staffId');
      await trx.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', input.staffId).execute();
      return input.staffId;
    }
    const department = await trx.selectFrom('departments').select('id').orderBy('sort_order').orderBy('id').executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('staff')
      .values({ name: input.name!, department_id: department.id, role: 'manager', phone: null, active: 1, password_hash: passwordHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return startSession(ctx, staffId);
}

export async function signIn(ctx: AppContext, input: z.output<typeof signInInput>): Promise<SignInResult> {
  const row = await ctx.db.selectFrom('staff').select(['password_hash', 'active']).where('id', '=', input.staffId).executeTakeFirst();
  // One message for every failure: the screen should not tell a stranger which accounts exist.
  const refused = new DomainError('unauthenticated', '姓名或密码不正确', 'password');
  if (!row?.active || !row.password_hash) throw refused;
  if (!(await verifyPassword(input.password, row.password_hash))) throw refused;
  return startSession(ctx, input.staffId);
}

async function startSession(ctx: AppContext, staffId: number): Promise<SignInResult> {
  const actor = (await loadActor(ctx.db, staffId))!;
  ctx.session.signIn(actor, ctx.clock.now());
  const open = await ctx.db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('acknowledged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { staff: actor, openAlerts: actor.role === 'manager' ? Number(open.count) : 0 };
}

export async function changeOwnPassword(ctx: AppContext, actor: Actor, input: z.output<typeof changePasswordInput>): Promise<null> {
  const row = await ctx.db.selectFrom('staff').select('password_hash').where('id', '=', actor.staffId).executeTakeFirstOrThrow();
  if (!row.password_hash || !(await verifyPassword(input.current, row.password_hash))) {
    throw new DomainError('rule', '原密码不正确', 'current');
  }
  await setHash(ctx.db, actor.staffId, input.next);
  return null;
}

/** A supervisor sets a colleague's password; only a manager may set a manager's. */
export async function setStaffPassword(ctx: AppContext, actor: Actor, input: z.output<typeof setPasswordInput>): Promise<null> {
  const target = await ctx.db.selectFrom('staff').select('role').where('id', '=', input.staffId).executeTakeFirst();
  if (!target) throw new DomainError('not_found', '该员工不存在', 'staffId');
  if (target.role === 'manager' && actor.role !== 'manager') {
    throw new DomainError('forbidden', '经理/主任的密码只能由经理/主任设置');
  }
  await setHash(ctx.db, input.staffId, input.password);
  return null;
}

async function setHash(db: Kysely<Database>, staffId: number, password: string): Promise<void> {
  await db.updateTable('staff').set({ password_hash: await hashPassword(password) }).where('id', '=', staffId).execute();
}
