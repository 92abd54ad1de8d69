import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { DomainError } from '../../../shared/contract/errors';
import {
  approvalRefusal,
  approvalRulesInput,
  defaultApprovalRules,
  mayApprove,
  separationRules,
  type ApprovalKind,
  type ApprovalRules,
  type SeparationRule,
} from '../../../shared/domain/approvals/approvals';
import { putSetting, readSetting } from '../settings/settingsService';

const key = 'approvalRules';

/** The office's table, each entry falling back to the procedures' default when it was never set. */
export async function getApprovalRules(db: Kysely<Database>): Promise<ApprovalRules> {
  const stored = await readSetting<Partial<ApprovalRules>>(db, key, {});
  const merged = {
    approvers: { ...defaultApprovalRules.approvers, ...stored.approvers },
    separation: { ...defaultApprovalRules.separation, ...stored.separation },
  };
  const parsed = approvalRulesInput.safeParse(merged);
  return parsed.success ? parsed.data : defaultApprovalRules;
}

export async function saveApprovalRules(trx: Kysely<Database>, rules: ApprovalRules): Promise<ApprovalRules> {
  await putSetting(trx, key, rules);
  return rules;
}

/** Refuses `actor` unless the office's table lets their role approve `kind`; the message names the table's approver. */
export async function requireApprover(db: Kysely<Database>, actor: Actor, kind: ApprovalKind): Promise<void> {
  const rules = await getApprovalRules(db);
  if (!mayApprove(rules, kind, actor.role)) throw new DomainError('forbidden', approvalRefusal(rules, kind, actor));
}

/**
 * 职责分离: refuses `staffId` when the rule is on and they are among the people whose work is being checked.
 * `field` points the form at the person to change.
 */
export async function requireSeparation(
  db: Kysely<Database>,
  rule: SeparationRule,
  person: { id: number; name: string },
  workedBy: readonly (number | null)[],
  field?: string,
): Promise<void> {
  if (!(await getApprovalRules(db)).separation[rule]) return;
  if (workedBy.includes(person.id)) throw new DomainError('rule', `${separationRules[rule]}:${person.name}参与了这项工作,请换人`, field);
}
