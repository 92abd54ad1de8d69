import type { Kysely } from 'kysely';
import { settleDataFolderKind } from '../dataFolder/dataFolderKind';
import { dataFolderKind } from '../dataFolder/dataFolderRepository';
import type { z } from 'zod';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import type { changePasswordInput, setPasswordInput, setupInput, signInInput } from '../../../shared/domain/auth/authSchemas';
import type { AuthStatus, SignInResult } from '../../../shared/domain/auth/authRecords';
import type { StaffRole } from '../../../shared/domain/office/office';
import { hashPassword, verifyPassword } from './password';
import { loadActor } from './authorize';
import type { Actor } from './session';
import {
  accountsWithPassword,
  countOpenAlerts,
  findRole,
  findRoleAndActive,
  findSignInRow,
  insertFirstManager,
  passwordHashOf,
  setPasswordHash,
  someoneCanSignIn,
} from './accountRepository';

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
  if (await someoneCanSignIn(ctx.db)) throw new DomainError('conflict', '已经有可登录的账号,请直接登录;忘记密码请找经理重设');
  // The first start decides what a fresh folder is for; a folder head-office imports already made keeps its kind.
  if ((await dataFolderKind(ctx.db)) === null) await settleDataFolderKind(ctx.db, input.folderKind, ctx.clock.now());
  let staffId = input.staffId;
  if (staffId !== null) {
    const chosen = await findRoleAndActive(ctx.db, staffId);
    if (!chosen?.active || chosen.role !== 'manager') throw new DomainError('rule', '第一个账号必须是在职的经理/主任', 'staffId');
    await setPasswordHash(ctx.db, staffId, passwordHash);
  } else staffId = await insertFirstManager(ctx.db, input.name!, passwordHash);
  return startSession(ctx, staffId);
}

export async function signIn(ctx: AppContext, input: z.output<typeof signInInput>): Promise<SignInResult> {
  const row = await findSignInRow(ctx.db, input.staffId);
  // One message for every failure: the screen should not tell a stranger which accounts exist.
  const refused = new DomainError('unauthenticated', '姓名或密码不正确', 'password');
  if (!row?.active || !row.password_hash) throw refused;
  if (!(await verifyPassword(input.password, row.password_hash))) throw refused;
  return startSession(ctx, input.staffId);
}

async function startSession(ctx: AppContext, staffId: number): Promise<SignInResult> {
  const actor = (await loadActor(ctx.db, staffId))!;
  ctx.session.signIn(actor, ctx.clock.now());
  const open = await countOpenAlerts(ctx.db);
  return { staff: actor, openAlerts: actor.role === 'manager' ? open : 0 };
}

export async function changeOwnPassword(ctx: AppContext, actor: Actor, input: z.output<typeof changePasswordInput>): Promise<null> {
  const current = await passwordHashOf(ctx.db, actor.staffId);
  if (!current || !(await verifyPassword(input.current, current))) {
    throw new DomainError('rule', '原密码不正确', 'current');
  }
  await setHash(ctx.db, actor.staffId, input.next);
  return null;
}

/** A supervisor sets a colleague's password; only a manager may set a manager's. */
export async function setStaffPassword(ctx: AppContext, actor: Actor, input: z.output<typeof setPasswordInput>): Promise<null> {
  const target = await findRole(ctx.db, input.staffId);
  if (!target) throw new DomainError('not_found', '该员工不存在', 'staffId');
  if (target.role === 'manager' && actor.role !== 'manager') {
    throw new DomainError('forbidden', '经理/主任的密码只能由经理/主任设置');
  }
  await setHash(ctx.db, input.staffId, input.password);
  return null;
}

async function setHash(db: Kysely<Database>, staffId: number, password: string): Promise<void> {
  await setPasswordHash(db, staffId, await hashPassword(password));
}
