import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { roleReaches } from '../../../../shared/domain/access';
import { revisitMethods, satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import { staffRoles, type StaffRole } from '../../../../shared/domain/office/office';
import { revisitAttemptOutcomes, revisitStatuses, revisitSubjectKinds, revisitorRoles, type RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import type { revisitAttemptInput, revisitPlanInput, revisitRecordInput } from '../../../../shared/domain/revisits/revisitSchemas';
import type { RevisitDetail } from '../../../../shared/domain/revisits/revisitRecords';
import { findActiveRevisitor, findRevisit, findRevisitRow, revisitsOfSubject, staffForRole, updateRevisit, type RevisitRow } from './revisitRepository';
import { insertAttempt, revisitAttempts } from './revisitAttemptRepository';
import { cancelPlannedRevisits, describeSubject, insertPlannedRevisits, revisitWindowsFor } from './revisitPlanning';
import { requireSeparation } from '../../approvals/approvalService';

const roleOrder: StaffRole[] = ['clerk', 'supervisor', 'manager'];
export const rolesAtLeast = (role: StaffRole) => roleOrder.slice(roleOrder.indexOf(role));

/**
 * The signed-in person when their role suffices, else the first active member who has the role (or above); never
 * one of `workedBy`, whose own work the revisit checks (职责分离).
 */
export async function proposedRevisitor(db: Kysely<Database>, actor: Actor, required: StaffRole, workedBy: readonly number[] = []) {
  if (roleReaches(actor.role, required) && !workedBy.includes(actor.staffId)) return { id: actor.staffId, name: actor.name };
  const candidates = (await staffForRole(db, rolesAtLeast(required))).filter((member) => !workedBy.includes(member.id));
  const first = candidates.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role))[0];
  return first ? { id: first.id, name: first.name } : null;
}

export async function getRevisit(ctx: AppContext, actor: Actor, id: number): Promise<RevisitDetail> {
  const revisit = await findRevisit(ctx.db, id);
  if (!revisit) throw new DomainError('not_found', '该回访记录不存在');
  const subject = await describeSubject(ctx, revisit.subjectKind, revisit.subjectId);
  return {
    revisit,
    subject,
    attempts: await revisitAttempts(ctx.db, id),
    proposedRevisitor: await proposedRevisitor(ctx.db, actor, revisit.requiredRole, subject.workedBy),
  };
}

/**
 * Open the revisit a finished subject waits for: its planned one, or one planned now from its completion (a
 * ledger that finishes records without planning, such as repairs, is revisited this way from the queue).
 */
export async function startRevisit(ctx: AppContext, actor: Actor, kind: RevisitSubjectKind, subjectId: number): Promise<RevisitDetail> {
  return getRevisit(ctx, actor, await revisitToStart(ctx, actor, kind, subjectId));
}

async function revisitToStart(ctx: AppContext, actor: Actor, kind: RevisitSubjectKind, subjectId: number): Promise<number> {
  const planned = await revisitsOfSubject(ctx.db, kind, subjectId, 'planned');
  if (planned.length > 0) return planned.sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1))[0]!.id;
  const waiting = (await ctx.ledgers.revisitSubject(kind).awaiting(ctx.db)).find((subject) => subject.id === subjectId);
  const subject = await describeSubject(ctx, kind, subjectId);
  if (!waiting) throw new DomainError('rule', `${revisitSubjectKinds[kind]} ${subject.number} 当前不在待回访,如需回访请手工计划`);
  const plans = await revisitWindowsFor(ctx.db, subject.importance ?? 'ordinary', waiting.completedAt);
  const [first] = plans;
  if (waiting.revisitDueAt && first) first.dueAt = waiting.revisitDueAt;
  return (await insertPlannedRevisits(ctx, actor, kind, subjectId, plans, ctx.clock.now()))[0]!;
}

/** 手工计划: any subject, any window; the role follows the subject's importance like the planned ones. */
export async function planRevisit(ctx: AppContext, actor: Actor, input: z.output<typeof revisitPlanInput>): Promise<RevisitDetail> {
  if (input.dueAt < input.windowFrom) throw new DomainError('rule', '回访截止时间不能早于开始时间', 'dueAt');
  const now = ctx.clock.now();
  if (input.dueAt <= now) throw new DomainError('rule', '回访截止时间应晚于现在', 'dueAt');
  const subject = await describeSubject(ctx, input.subjectKind, input.subjectId);
  const plan = { purpose: 'manual' as const, windowFrom: input.windowFrom, dueAt: input.dueAt, requiredRole: revisitorRoles[subject.importance ?? 'ordinary'] };
  const [id] = await insertPlannedRevisits(ctx, actor, input.subjectKind, input.subjectId, [plan], now, input.reason);
  return getRevisit(ctx, actor, id!);
}

async function plannedRow(trx: Kysely<Database>, id: number): Promise<RevisitRow> {
  const row = await findRevisitRow(trx, id);
  if (!row) throw new DomainError('not_found', '该回访记录不存在');
  if (row.status !== 'planned') throw new DomainError('rule', `回访 ${row.number} ${revisitStatuses[row.status as 'done' | 'cancelled']},不能再登记`);
  return row;
}

/** 无人接听 / 约定稍后回电: the try is logged with its time and who tried; the revisit stays open. */
export async function logAttempt(ctx: AppContext, actor: Actor, input: z.output<typeof revisitAttemptInput>): Promise<RevisitDetail> {
  const now = ctx.clock.now();
  if (input.attemptedAt > now) throw new DomainError('rule', '联系时间不能晚于现在', 'attemptedAt');
  const row = await plannedRow(ctx.db, input.id);
  await insertAttempt(ctx.db, { revisit_id: row.id, outcome: input.outcome, attempted_at: input.attemptedAt, staff_id: actor.staffId, note: input.note, created_at: now });
  await touch(ctx.db, actor, row, now, '联系业户', `${revisitAttemptOutcomes[input.outcome]}${input.note ? `:${input.note}` : ''}`);
  return getRevisit(ctx, actor, input.id);
}

/**
 * 已联系上: the 回访记录表 filled in. The revisitor must hold the role the subject's importance asks for (seed 002):
 * refused, not overridden, because the rule is about who speaks to the owner, and a supervisor can simply name
 * themselves. 不满意 with the result reopens the subject and cancels its other planned revisits.
 */
export async function recordRevisit(ctx: AppContext, actor: Actor, input: z.output<typeof revisitRecordInput>): Promise<RevisitDetail> {
  const now = ctx.clock.now();
  if (input.revisitedAt > now) throw new DomainError('rule', '回访时间不能晚于现在', 'revisitedAt');
  const trx = ctx.db;
  const row = await plannedRow(trx, input.id);
  const revisitor = await findActiveRevisitor(trx, input.revisitorStaffId);
  if (!revisitor) throw new DomainError('not_found', '回访人不存在或已停用,请重新选择', 'revisitorStaffId');
  const required = row.required_role as StaffRole;
  if (!rolesAtLeast(required).includes(revisitor.role as StaffRole)) {
    throw new DomainError(
      'forbidden',
      `此次回访须由${staffRoles[required]}${required === 'manager' ? '' : '或以上'}进行,${revisitor.name}(${staffRoles[revisitor.role as StaffRole]})不能登记`,
      'revisitorStaffId',
    );
  }
  const kind = row.subject_kind as RevisitSubjectKind;
  const { workedBy = [] } = await describeSubject(ctx, kind, row.subject_id);
  await requireSeparation(trx, 'revisitorNotWorker', revisitor, workedBy, 'revisitorStaffId');
  const satisfied = input.resultSatisfaction !== 'unsatisfied';
  await insertAttempt(trx, { revisit_id: row.id, outcome: 'reached', attempted_at: input.revisitedAt, staff_id: revisitor.id, note: null, created_at: now });
  await updateRevisit(trx, row.id, {
    status: 'done',
    method: input.method,
    revisitor_staff_id: revisitor.id,
    revisited_at: input.revisitedAt,
    script_checks: JSON.stringify(input.scriptChecks),
    feedback: input.ownerOpinion,
    satisfaction: input.resultSatisfaction,
    attitude_satisfaction: input.attitudeSatisfaction,
    office_opinion: input.officeOpinion,
    reopened: satisfied ? 0 : 1,
  });
  const how = `${revisitor.name}${revisitMethods[input.method]}回访,业主${satisfactionLevels[input.resultSatisfaction]}`;
  await touch(trx, actor, row, now, satisfied ? '回访' : '回访不满意', how);
  await ctx.ledgers.revisitSubject(kind).recordOutcome(trx, actor, row.subject_id, satisfied, now, { how, feedback: input.ownerOpinion });
  if (!satisfied) await cancelPlannedRevisits(trx, actor, kind, row.subject_id, now, `回访 ${row.number} 不满意,重新处理后另行计划`);
  return getRevisit(ctx, actor, input.id);
}

async function touch(trx: Kysely<Database>, actor: Actor, row: RevisitRow, now: string, action: string, summary: string) {
  await updateRevisit(trx, row.id, { updated_at: now });
  await appendHistory(trx, { entity: 'revisit', entityId: row.id, at: now, staffId: actor.staffId, action, summary });
}
