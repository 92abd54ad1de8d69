import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppContext } from '../../context';
import type { ChangingRecord } from '../../records/recordChange';
import { DomainError } from '../../../../shared/contract/errors';
import { repairActionAllowed, repairActions, repairNumbering, repairStatuses, type RepairAction, type RepairStatus } from '../../../../shared/domain/repairs/repair';
import { findRepairRow, type RepairRow } from './repairRepository';

/**
 * A repair changes by its steps only. It has no printed revisions, and its history keeps the staff columns as
 * ids, as it always has (the repair's page names the people from the record itself).
 */
export const changingRepair: ChangingRecord<'repairs'> = {
  table: 'repairs',
  entity: repairNumbering.entity,
  label: '报修',
};

/** Refuse a step the repair's state does not allow, naming both. */
function checkRepairAction(action: RepairAction, row: RepairRow): void {
  if (!repairActionAllowed(action, row.status as RepairStatus)) {
    throw new DomainError('rule', `报修 ${row.number} 当前为“${repairStatuses[row.status as RepairStatus]}”,不能${repairActions[action].label}`);
  }
}

/** One step: load the repair in the call's transaction, check the step is allowed now, apply it there. */
export async function repairStep<T>(
  ctx: AppContext,
  id: number,
  action: RepairAction,
  apply: (trx: Kysely<Database>, row: RepairRow, now: string) => Promise<T>,
): Promise<T> {
  const row = await findRepairRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', '该报修记录不存在');
  checkRepairAction(action, row);
  return apply(ctx.db, row, ctx.clock.now());
}
