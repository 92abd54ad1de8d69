import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { DomainError } from '../../../shared/contract/errors';
import { staffDepartment } from './officeRepository';

/**
 * 部门员工 (issue 16): a department's own worker sees its department's queue and works its department's orders, and
 * nothing else. Everyone else is unaffected: the desk works every department's orders on their behalf.
 */
export async function requireOwnDepartment(db: Kysely<Database>, actor: Actor, departmentId: number | null, what: string): Promise<void> {
  if (actor.role !== 'departmentStaff') return;
  if (departmentId === null || (await staffDepartment(db, actor.staffId)) !== departmentId) {
    throw new DomainError('forbidden', `${what}不是派给本部门(${actor.departmentName})的,部门员工只能处理本部门的派工单`);
  }
}

/** The department a list is narrowed to: a department's worker always sees their own; others what they asked. */
export async function departmentQueue(db: Kysely<Database>, actor: Actor, requested: number | null | undefined): Promise<number | null | undefined> {
  if (actor.role !== 'departmentStaff') return requested;
  const own = await staffDepartment(db, actor.staffId);
  // No department found must never read as "no filter", which would show every department's orders.
  if (own === undefined) throw new DomainError('forbidden', `找不到 ${actor.name} 所在的部门,不能查看派工单`);
  return own;
}
