import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { accessLabels, roleAllows, strongSecretRule, type Access } from '../../../shared/domain/access';
import type { StaffRole } from '../../../shared/domain/office/office';
import type { Actor, DeskSession } from './session';
import type { Clock } from '../clock';
import { findActorRow } from './accountRepository';

/** Decides on whose behalf a call to a channel with `access` runs, or refuses it; `active` calls count as activity. */
export type Authorize = (access: Access, active: boolean, channel?: string) => Promise<Actor | null>;

/** The staff member as the database knows them now: a role changed or an account disabled counts at once. */
export async function loadActor(db: Kysely<Database>, staffId: number): Promise<Actor | null> {
  const row = await findActorRow(db, staffId);
  if (!row?.active) return null;
  return { staffId: row.id, name: row.name, role: row.role as StaffRole, departmentName: row.department_name };
}

function permit(actor: Actor, access: Access): Actor {
  if (access === 'public' || access === 'department' || roleAllows(actor.role, access)) return actor;
  // A department's own worker reaches only its work-order queue; anything else is the desk's.
  if (actor.role === 'departmentStaff') throw new DomainError('forbidden', `部门员工只能查看和处理本部门的派工单,当前登录的是 ${actor.name}`);
  throw new DomainError('forbidden', `此操作需要${accessLabels[access]}权限,当前登录的是 ${actor.name}`);
}

/** Calls from the window (IPC) and the bridge: whoever is signed in at the desk. */
export function sessionAuthorizer(db: Kysely<Database>, session: DeskSession, clock: Clock): Authorize {
  return async (access, active, channel) => {
    const signedIn = session.current(clock.now(), active && access !== 'public');
    if (access === 'public') return signedIn;
    if (!signedIn) {
      throw new DomainError('unauthenticated', session.lockedFor ? '屏幕已锁定,请重新登录' : '请先登录');
    }
    // Signed in with a secret too weak for the role: nothing but changing it until it is changed.
    if (session.mustChangePassword && channel !== 'auth.changePassword') {
      throw new DomainError('forbidden', `请先修改密码:${strongSecretRule}`);
    }
    const actor = await loadActor(db, signedIn.staffId);
    if (!actor) {
      session.signOut();
      throw new DomainError('unauthenticated', '该账号已停用,请换人登录');
    }
    return permit(actor, access);
  };
}

/** Trusted in-process callers (the CLI, demo data, tests) acting as a named staff member, with the same role checks. */
export function staffAuthorizer(db: Kysely<Database>, staffId: number): Authorize {
  return async (access) => {
    const actor = await loadActor(db, staffId);
    if (!actor) throw new DomainError('unauthenticated', '该员工不存在或已停用');
    return permit(actor, access);
  };
}
