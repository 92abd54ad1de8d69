import type { Kysely, Updateable } from 'kysely';
import type { Database, RepairTable } from '../../db/schema';
import { inCall } from '../../db/inCall';
import { appendHistory } from '../../history/historyRepository';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { DomainError } from '../../../../shared/contract/errors';
import { repairActionAllowed, repairActions, repairStatuses, type RepairAction, type RepairStatus } from '../../../../shared/domain/repairs/repair';
import { findRepairRow, type RepairRow } from './repairRepository';

/** Refuse a step the repair's state does not allow, naming both. */
export function checkRepairAction(action: RepairAction, row: RepairRow): void {
  if (!repairActionAllowed(action, row.status as RepairStatus)) {
    throw new DomainError('rule', `报修 ${row.number} 当前为“${repairStatuses[row.status as RepairStatus]}”,不能${repairActions[action].label}`);
  }
}

export interface RepairChange {
  action: string;
  summary: string;
  set: Updateable<RepairTable>;
  reason?: string | null;
}

/** Write one change to a repair and its history row (with the changed fields' before and after) in the caller's transaction. */
export async function changeRepair(trx: Kysely<Database>, row: RepairRow, actor: Actor, now: string, change: RepairChange): Promise<void> {
  const changed = Object.entries(change.set).filter(([column, value]) => row[column as keyof RepairRow] !== value);
  await trx
    .updateTable('repairs')
    .set({ ...change.set, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  await appendHistory(trx, {
    entity: 'repair',
    entityId: row.id,
    at: now,
    staffId: actor.staffId,
    action: change.action,
    summary: change.summary,
    changes: Object.fromEntries(changed.map(([column, value]) => [camelCase(column), [row[column as keyof RepairRow], value]])),
    reason: change.reason ?? null,
  });
}

/** One step: load the repair inside the transaction, check the step is allowed now, apply it. */
export function repairStep<T>(
  ctx: AppContext,
  id: number,
  action: RepairAction,
  apply: (trx: Kysely<Database>, row: RepairRow, now: string) => Promise<T>,
): Promise<T> {
  return inCall(ctx.db, async (trx) => {
    const row = await findRepairRow(trx, id);
    if (!row) throw new DomainError('not_found', '该报修记录不存在');
    checkRepairAction(action, row);
    return apply(trx, row, ctx.clock.now());
  });
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
