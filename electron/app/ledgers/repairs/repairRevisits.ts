import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { DomainError } from '../../../../shared/contract/errors';
import { excerpt } from '../../../../shared/domain/text';
import { repairStatuses, type RepairStatus, type RepairWorkKind } from '../../../../shared/domain/repair';
import { changeRepair } from './repairChange';
import { findRepairRow } from './repairRepository';
import { getRepairTimers } from './repairTimerSettings';
import { defaultDueAt } from './repairSteps';

/** What the revisits ledger needs to call the owner back about a finished repair. */
export interface RepairForRevisit {
  id: number;
  number: string;
  roomId: number | null;
  roomLabel: string | null;
  ownerName: string | null;
  phone: string | null;
  summary: string;
  completedAt: string;
  revisitDueAt: string;
}

function awaiting(db: Kysely<Database>) {
  return db
    .selectFrom('repairs')
    .select(['id', 'number', 'room_id', 'room_label', 'reporter_name', 'phone', 'content', 'completed_at', 'revisit_due_at'])
    .where('status', '=', 'awaitingRevisit');
}
type AwaitingRow = Awaited<ReturnType<ReturnType<typeof awaiting>['executeTakeFirstOrThrow']>>;

function toRevisitItem(row: AwaitingRow): RepairForRevisit {
  return {
    id: row.id,
    number: row.number,
    roomId: row.room_id,
    roomLabel: row.room_label,
    ownerName: row.reporter_name,
    phone: row.phone,
    summary: excerpt(row.content, 60),
    completedAt: row.completed_at ?? '',
    revisitDueAt: row.revisit_due_at ?? '',
  };
}

/** Finished repairs waiting for their revisit, the earliest due first. */
export async function repairsAwaitingRevisit(db: Kysely<Database>): Promise<RepairForRevisit[]> {
  const rows = await awaiting(db).orderBy('revisit_due_at').orderBy('id').execute();
  return rows.map(toRevisitItem);
}

/** One repair awaiting its revisit, or null when there is none such (not found, or in another state). */
export async function describeRepairForRevisit(db: Kysely<Database>, repairId: number): Promise<RepairForRevisit | null> {
  const row = await awaiting(db).where('id', '=', repairId).executeTakeFirst();
  return row ? toRevisitItem(row) : null;
}

/**
 * The revisit's verdict, in the revisits ledger's transaction: satisfied closes the repair (销项); unsatisfied
 * sends it back to 处理中 for another round, with a fresh completion limit from now.
 */
export async function recordRepairRevisitOutcome(trx: Kysely<Database>, actor: Actor, repairId: number, satisfied: boolean, now: string): Promise<void> {
  const row = await findRepairRow(trx, repairId);
  if (!row) throw new DomainError('not_found', '该报修记录不存在');
  if (row.status !== 'awaitingRevisit') {
    throw new DomainError('rule', `报修 ${row.number} 当前为“${repairStatuses[row.status as RepairStatus]}”,不在待回访状态,不能登记回访结果`);
  }
  if (satisfied) {
    await changeRepair(trx, row, actor, now, { action: '销项', summary: '回访满意,销项', set: { status: 'closed', closed_at: now } });
    return;
  }
  const round = row.round + 1;
  const timers = await getRepairTimers(trx);
  await changeRepair(trx, row, actor, now, {
    action: '重新处理',
    summary: `回访不满意,第 ${round} 轮重新处理`,
    set: { status: 'inProgress', round, revisit_due_at: null, due_at: defaultDueAt(timers, row.work_kind as RepairWorkKind, now) },
  });
}
