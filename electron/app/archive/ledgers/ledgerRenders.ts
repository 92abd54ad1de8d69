import type { AppContext } from '../../context';
import { renderFormCached } from '../../forms/printService';
import { repairFormDefinition } from '../../forms/repairForm';
import { repairWorkOrderDefinition } from '../../forms/repairWorkOrderForm';
import { callLogFormDefinition } from '../../forms/callLogForm';
import { loadRepair } from '../../ledgers/repairs/repairRepository';
import { getRepairTimers } from '../../ledgers/repairs/repairTimerSettings';
import { filteredCalls, toCallRecord } from '../../ledgers/calls/callRepository';
import { DomainError } from '../../../../shared/contract/errors';

/*
 * The ledgers' printed forms as bytes only, like renderComplaintForm: no file a clerk sees under prints/, no viewer,
 * no history row. The print channels note who printed what; an archive prints nothing for anyone. Each form has
 * its slot in the form cache (formCache.ts), shared with its print channel: an unchanged form is not rendered again.
 */

async function repairFor(ctx: AppContext, id: number) {
  const repair = await loadRepair(ctx.db, id);
  if (!repair) throw new DomainError('not_found', '该报修记录不存在');
  return repair;
}

export async function renderRepairForm(ctx: AppContext, id: number): Promise<Buffer> {
  const repair = await repairFor(ctx, id);
  return renderFormCached(ctx, { form: 'repair', id }, (office, guard, printedAt) => repairFormDefinition(office, repair, guard, printedAt));
}

export async function renderRepairWorkOrder(ctx: AppContext, id: number): Promise<Buffer> {
  const repair = await repairFor(ctx, id);
  const timers = await getRepairTimers(ctx.db);
  return renderFormCached(ctx, { form: 'repairWorkOrder', id }, (office, guard, printedAt) => repairWorkOrderDefinition(office, repair, timers, guard, printedAt));
}

/** The call log is kept by day (客户来电记录表): one sheet holds every call of the date. */
export async function renderCallDay(ctx: AppContext, date: string): Promise<Buffer> {
  const rows = await filteredCalls(ctx.db, { date }).orderBy('c.called_at').orderBy('c.id').execute();
  const calls = rows.map(toCallRecord);
  return renderFormCached(ctx, { form: 'callDay', id: date }, (office, guard, printedAt) => callLogFormDefinition(office, date, calls, guard, printedAt));
}
