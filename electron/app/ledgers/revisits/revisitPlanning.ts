import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { getSettings, readSetting, putSetting } from '../../settings/settingsService';
import {
  defaultRevisitWindows,
  planRevisitWindows,
  revisitPurposes,
  revisitSubjectKinds,
  type PlannedWindow,
  type RevisitImportance,
  type RevisitSubjectKind,
  type RevisitWindows,
  revisitNumbering,
  escalatedRevisitor,
} from '../../../../shared/domain/revisits/revisit';
import { revisitWindowsInput } from '../../../../shared/domain/revisits/revisitSchemas';
import type { RevisitSubjectDescription } from '../../../../shared/domain/revisits/revisitRecords';
import { DomainError } from '../../../../shared/contract/errors';
import { insertRevisit, plannedRevisitIds, updateRevisit } from './revisitRepository';
import type { AppContext } from '../../context';

const windowsKey = 'revisitWindows';

/** The 1 week–1 month and 3–6 months windows; the 7 days are the time limits' 回访天数. */
export async function getRevisitWindows(db: Kysely<Database>): Promise<RevisitWindows> {
  const parsed = revisitWindowsInput.safeParse({ ...defaultRevisitWindows, ...(await readSetting<Partial<RevisitWindows>>(db, windowsKey, {})) });
  return parsed.success ? parsed.data : defaultRevisitWindows;
}

export async function saveRevisitWindows(db: Kysely<Database>, windows: RevisitWindows): Promise<RevisitWindows> {
  await putSetting(db, windowsKey, windows);
  return windows;
}

/** The windows a subject completed at `completedAt` gets under the office's settings. */
export async function revisitWindowsFor(db: Kysely<Database>, importance: RevisitImportance, completedAt: string): Promise<PlannedWindow[]> {
  const dueDays = (await getSettings(db)).timeLimits.revisitDays;
  return planRevisitWindows(completedAt, importance, dueDays, await getRevisitWindows(db));
}

/** What the revisit ledger needs of the app: the call's database handle and the ledgers that have revisit subjects. */
export type SubjectContext = Pick<AppContext, 'db' | 'ledgers'>;

export async function describeSubject(ctx: SubjectContext, kind: RevisitSubjectKind, id: number): Promise<RevisitSubjectDescription> {
  const subject = await ctx.ledgers.revisitSubject(kind).describe(ctx.db, id);
  if (!subject) throw new DomainError('not_found', `该${revisitSubjectKinds[kind]}记录不存在`);
  return subject;
}

/** Planned revisits, numbered, each with a history row; the subject's room and owner are noted for the queue. */
export async function insertPlannedRevisits(
  ctx: SubjectContext,
  actor: Actor,
  kind: RevisitSubjectKind,
  subjectId: number,
  plans: PlannedWindow[],
  now: string,
  reason: string | null = null,
): Promise<number[]> {
  const trx = ctx.db;
  const subject = await describeSubject(ctx, kind, subjectId);
  const ids: number[] = [];
  for (const plan of plans) {
    const number = await nextRecordNumber(trx, revisitNumbering, now);
    const id = await insertRevisit(trx, {
      number,
      subject_kind: kind,
      subject_id: subjectId,
      purpose: plan.purpose,
      status: 'planned',
      window_from: plan.windowFrom,
      due_at: plan.dueAt,
      required_role: escalatedRevisitor(plan.requiredRole, subject.round ?? 0),
      reason,
      room_label: subject.roomLabel,
      owner_name: subject.ownerName,
      created_by: actor.staffId,
      created_at: now,
      updated_at: now,
    });
    await appendHistory(trx, {
      entity: 'revisit',
      entityId: id,
      at: now,
      staffId: actor.staffId,
      action: '计划回访',
      summary: `${revisitSubjectKinds[kind]} ${subject.number}:${revisitPurposes[plan.purpose]},${plan.windowFrom.slice(0, 10)} 至 ${plan.dueAt.slice(0, 10)}`,
    });
    ids.push(id);
  }
  return ids;
}

/** A subject just finished: plan its revisits by the rules. Call in the transaction that finished it. */
export async function planRevisitsOnCompletion(ctx: SubjectContext, actor: Actor, kind: RevisitSubjectKind, subjectId: number, now: string): Promise<PlannedWindow[]> {
  const subject = await describeSubject(ctx, kind, subjectId);
  const plans = await revisitWindowsFor(ctx.db, subject.importance ?? 'ordinary', now);
  // The ledger may have fixed its own first due time (a repair's 回访天数); the plan keeps it.
  if (subject.revisitDueAt && plans[0]) plans[0].dueAt = subject.revisitDueAt;
  await insertPlannedRevisits(ctx, actor, kind, subjectId, plans, now);
  return plans;
}

/** A reopened or voided subject no longer waits for the revisits planned at its last completion. */
export async function cancelPlannedRevisits(trx: Kysely<Database>, actor: Actor, kind: RevisitSubjectKind, subjectId: number, now: string, why: string): Promise<void> {
  for (const { id } of await plannedRevisitIds(trx, kind, subjectId)) {
    await updateRevisit(trx, id, { status: 'cancelled', updated_at: now });
    await appendHistory(trx, { entity: 'revisit', entityId: id, at: now, staffId: actor.staffId, action: '取消回访', summary: why });
  }
}
