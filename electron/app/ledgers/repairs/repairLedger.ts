import { defineLedger } from '../ledger';
import { repairListExport } from './repairExport';
import { repairNumbering } from '../../../../shared/domain/repairs/repair';
import { repairRoomHistory } from './repairRoomHistory';
import { repairArchiveLedger } from './repairArchive';
import { printRepairForm, renderRepairForm, repairFormTitle } from './repairForm';
import { printRepairWorkOrder, renderRepairWorkOrder, repairWorkOrderTitle } from './repairWorkOrderForm';
import { repairRevisitSubject } from './repairRevisits';
import { repairSection } from './repairSection';
import { repairImportKind } from './repairImport';
import { repairContract } from '../../../../shared/domain/repairs/repairContract';
import * as repairs from './repairService';
import * as repairSteps from './repairSteps';
import { repairDesk } from './repairDesk';
import { getRepairTimers, saveRepairTimers } from './repairTimerSettings';
import { auditedSettingsChange } from '../../settings/settingsService';
import { departmentQueue } from '../../office/departmentScope';

/** The repair ledger (BX-…) with its service timers. */
export const repairLedger = defineLedger({
  name: 'repairs',
  label: '报修',
  numbering: [repairNumbering],
  roomHistory: repairRoomHistory,
  archive: repairArchiveLedger,
  listExports: { 'repairs.export': repairListExport },
  forms: [
    { form: 'repair', title: repairFormTitle, render: (ctx, id) => renderRepairForm(ctx, Number(id)) },
    { form: 'repairWorkOrder', title: repairWorkOrderTitle, render: (ctx, id) => renderRepairWorkOrder(ctx, Number(id)) },
  ],
  revisitSubject: repairRevisitSubject,
  statistics: repairSection,
  imports: [repairImportKind],
  channels: repairContract,
  handlers: () => ({
    'repairs.create': (input, actor, ctx) => repairs.createRepair(ctx, actor, input),
    'repairs.list': async (input, actor, ctx) => repairs.listRepairs(ctx, { ...input, departmentId: await departmentQueue(ctx.db, actor, input.departmentId) }),
    'repairs.get': (input, actor, ctx) => repairs.getRepair(ctx, actor, input.id),
    'repairs.dispatch': (input, actor, ctx) => repairSteps.dispatchRepair(ctx, actor, input),
    'repairs.collect': (input, actor, ctx) => repairSteps.collectRepair(ctx, actor, input.id),
    'repairs.agreeTime': (input, actor, ctx) => repairSteps.agreeRepairTime(ctx, actor, input),
    'repairs.arrive': (input, actor, ctx) => repairSteps.arriveRepair(ctx, actor, input.id),
    'repairs.complete': (input, actor, ctx) => repairSteps.completeRepair(ctx, actor, input),
    'repairs.approveOverrun': (input, actor, ctx) => repairSteps.approveRepairOverrun(ctx, actor, input),
    'repairs.void': (input, actor, ctx) => repairSteps.voidRepair(ctx, actor, input),
    'repairs.print': (input, actor, ctx) => printRepairForm(ctx, actor, input.id),
    'repairs.printWorkOrder': (input, actor, ctx) => printRepairWorkOrder(ctx, actor, input.id),
    'repairs.desk': (_input, _actor, ctx) => repairDesk(ctx),
    'repairs.timers': (_input, _actor, ctx) => getRepairTimers(ctx.db),
    'repairs.saveTimers': (input, actor, ctx) => auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `报修服务时限:${JSON.stringify(input)}`, (trx) => saveRepairTimers(trx, input)),
  }),
});
