import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { inCall } from '../../db/inCall';
import { appendHistory } from '../../history/historyRepository';
import { printForm } from '../../forms/printService';
import { repairFormDefinition, repairFormTitle } from './repairForm';
import { repairWorkOrderDefinition, repairWorkOrderTitle } from './repairWorkOrderForm';
import { DomainError } from '../../../../shared/contract/errors';
import type { PrintedForm } from '../../../../shared/domain/records';
import { loadRepair } from './repairRepository';
import { getRepairTimers } from './repairTimerSettings';

async function repairFor(ctx: AppContext, id: number) {
  const repair = await loadRepair(ctx.db, id);
  if (!repair) throw new DomainError('not_found', '该报修记录不存在');
  return repair;
}

/** A print is part of the record's story: the history says who printed which form when. */
async function notePrint(ctx: AppContext, actor: Actor, id: number, title: string) {
  await inCall(ctx.db, (trx) =>
    appendHistory(trx, { entity: 'repair', entityId: id, at: ctx.clock.now(), staffId: actor.staffId, action: '打印', summary: `打印${title}` }),
  );
}

export async function printRepairForm(ctx: AppContext, actor: Actor, id: number): Promise<PrintedForm> {
  const repair = await repairFor(ctx, id);
  const printed = await printForm(ctx, `${repair.number}-${repairFormTitle}.pdf`, (office, guard, printedAt) =>
    repairFormDefinition(office, repair, guard, printedAt),
    { form: 'repair', id },
  );
  await notePrint(ctx, actor, id, repairFormTitle);
  return printed;
}

export async function printRepairWorkOrder(ctx: AppContext, actor: Actor, id: number): Promise<PrintedForm> {
  const repair = await repairFor(ctx, id);
  if (!repair.dispatchedAt) throw new DomainError('rule', `报修 ${repair.number} 还没有派工,没有派工单可打印`);
  const timers = await getRepairTimers(ctx.db);
  const printed = await printForm(ctx, `${repair.number}-${repairWorkOrderTitle}.pdf`, (office, guard, printedAt) =>
    repairWorkOrderDefinition(office, repair, timers, guard, printedAt),
    { form: 'repairWorkOrder', id },
  );
  await notePrint(ctx, actor, id, repairWorkOrderTitle);
  return printed;
}
