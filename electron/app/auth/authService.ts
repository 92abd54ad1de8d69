import type { Kysely } from 'kysely';
import { settleDataFolderKind } from '../dataFolder/dataFolderKind';
import { dataFolderKind } from '../dataFolder/dataFolderRepository';
import type { z } from 'zod';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import { DomainError, RecordedRefusal } from '../../../shared/contract/errors';
import { isStrongSecret, needsStrongSecret, roleAllows, strongSecretRule } from '../../../shared/domain/access';
import { appendHistory } from '../history/historyRepository';
import { createSigningKey } from '../archive/officeSigningKey';
import { describeWait, secondsToWait, waitAfter } from './signInThrottle';
import type { changePasswordInput, setPasswordInput, setupInput, signInInput } from '../../../shared/domain/auth/authSchemas';
import type { AuthStatus, SignInResult } from '../../../shared/domain/auth/authRecords';
import type { StaffRole } from '../../../shared/domain/office/office';
import { hashPassword, verifyPassword } from './password';
import { loadActor } from './authorize';
import type { Actor } from './session';
import {
  accountsWithPassword,
  countOpenAlerts,
  countSignInFailure,
  endFailureRun,
  takeUnseenFailures,
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
  requireSecretFor('manager', input.password, 'password');
  // The first start decides what a fresh folder is for; a folder head-office imports already made keeps its kind.
  if ((await dataFolderKind(ctx.db)) === null) await settleDataFolderKind(ctx.db, input.folderKind, ctx.clock.now());
  // An office signs its archives with a key of its own, made here once.
  if ((await dataFolderKind(ctx.db)) === 'office') await createSigningKey(ctx.db, ctx.clock.now());
  let staffId = input.staffId;
  if (staffId !== null) {
    const chosen = await findRoleAndActive(ctx.db, staffId);
    if (!chosen?.active || chosen.role !== 'manager') throw new DomainError('rule', '第一个账号必须是在职的经理/主任', 'staffId');
    await setPasswordHash(ctx.db, staffId, passwordHash);
  } else staffId = await insertFirstManager(ctx.db, input.name!, passwordHash);
  return startSession(ctx, staffId);
}

/**
 * Each failure is counted and written to the history (the refusal commits it); after a few in a row the account
 * waits, longer each time up to a cap, before the next password is even checked — never locked for good.
 */
export async function signIn(ctx: AppContext, input: z.output<typeof signInInput>): Promise<SignInResult> {
  const row = await findSignInRow(ctx.db, input.staffId);
  // One message for every failure: the screen should not tell a stranger which accounts exist.
  if (!row?.active || !row.password_hash) throw new DomainError('unauthenticated', '姓名或密码不正确', 'password');
  const now = ctx.clock.now();
  const wait = row.failures && row.last_failed_at ? secondsToWait(row.failures, row.last_failed_at, now) : 0;
  if (wait > 0) throw new DomainError('unauthenticated', `密码错误次数过多,请 ${describeWait(wait)}后再试`, 'password');
  if (!(await verifyPassword(input.password, row.password_hash))) {
    const failures = await countSignInFailure(ctx.db, input.staffId, now);
    await appendHistory(ctx.db, { entity: 'staff', entityId: input.staffId, at: now, staffId: null, action: '登录失败', summary: `${row.name} 登录时密码错误(连续第 ${failures} 次)` });
    const next = waitAfter(failures);
    throw new RecordedRefusal('unauthenticated', next > 0 ? `姓名或密码不正确;已连续错误 ${failures} 次,请 ${describeWait(next)}后再试` : '姓名或密码不正确', 'password');
  }
  await endFailureRun(ctx.db, input.staffId);
  return startSession(ctx, input.staffId, needsStrongSecret(row.role as StaffRole) && !isStrongSecret(input.password));
}

async function startSession(ctx: AppContext, staffId: number, mustChangePassword = false): Promise<SignInResult> {
  const actor = (await loadActor(ctx.db, staffId))!;
  ctx.session.signIn(actor, ctx.clock.now(), mustChangePassword);
  const manager = actor.role === 'manager';
  return {
    staff: actor,
    openAlerts: manager ? await countOpenAlerts(ctx.db) : 0,
    failedSignIns: manager ? await takeUnseenFailures(ctx.db) : [],
    mustChangePassword,
  };
}

/** A supervisor's or manager's secret must be stronger than a PIN. */
function requireSecretFor(role: StaffRole, secret: string, field: string): void {
  if (needsStrongSecret(role) && !isStrongSecret(secret)) throw new DomainError('rule', strongSecretRule, field);
}

export async function changeOwnPassword(ctx: AppContext, actor: Actor, input: z.output<typeof changePasswordInput>): Promise<null> {
  const current = await passwordHashOf(ctx.db, actor.staffId);
  if (!current || !(await verifyPassword(input.current, current))) {
    throw new DomainError('rule', '原密码不正确', 'current');
  }
  requireSecretFor(actor.role, input.next, 'next');
  await setHash(ctx.db, actor.staffId, input.next);
  ctx.session.mustChangePassword = false;
  await appendHistory(ctx.db, { entity: 'staff', entityId: actor.staffId, at: ctx.clock.now(), staffId: actor.staffId, action: '修改密码', summary: `${actor.name} 修改了自己的密码` });
  return null;
}

/**
 * A supervisor sets the password of a colleague below them; a manager anyone's. Who set whose is a history row
 * (never the password), so signing in as someone after resetting theirs leaves a trace.
 */
export async function setStaffPassword(ctx: AppContext, actor: Actor, input: z.output<typeof setPasswordInput>): Promise<null> {
  const target = await findRole(ctx.db, input.staffId);
  if (!target) throw new DomainError('not_found', '该员工不存在', 'staffId');
  const role = target.role as StaffRole;
  if (actor.role !== 'manager' && input.staffId !== actor.staffId && roleAllows(role, actor.role === 'supervisor' ? 'supervisor' : 'staff')) {
    throw new DomainError('forbidden', role === 'manager' ? '经理/主任的密码只能由经理/主任设置' : '同级或上级的密码只能由经理/主任设置');
  }
  requireSecretFor(role, input.password, 'password');
  await setHash(ctx.db, input.staffId, input.password);
  await appendHistory(ctx.db, {
    entity: 'staff',
    entityId: input.staffId,
    at: ctx.clock.now(),
    staffId: actor.staffId,
    action: '设置密码',
    summary: `${actor.name} 为 ${target.name} 设置了新密码`,
  });
  return null;
}

async function setHash(db: Kysely<Database>, staffId: number, password: string): Promise<void> {
  await setPasswordHash(db, staffId, await hashPassword(password));
}
