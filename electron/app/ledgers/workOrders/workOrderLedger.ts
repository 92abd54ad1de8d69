import { defineLedger } from '../ledger';
import { workOrderListExport } from './workOrderExport';
import { workOrderNumbering } from '../../../../shared/domain/workOrders/workOrder';
import { workOrderFormTitle } from '../../forms/workOrderForm';
import { renderWorkOrder } from '../../forms/printService';
import { workOrderContract } from '../../../../shared/domain/workOrders/workOrderContract';
import * as complaints from '../complaints/complaintService';
import * as process from '../complaints/processService';
import { listWorkOrders } from './workOrderService';
import { printWorkOrder } from '../../forms/printService';

/** Work orders (PG-…) issued for complaints. */
export const workOrderLedger = defineLedger({
  name: 'workOrders',
  label: '派工单',
  numbering: [workOrderNumbering],
  listExports: { 'workOrders.export': workOrderListExport },
  forms: [
    { form: 'workOrder', title: workOrderFormTitle, render: (ctx, id) => renderWorkOrder(ctx, Number(id)) },
  ],
  channels: workOrderContract,
  handlers: () => ({
    'workOrders.list': (input, _actor, ctx) => listWorkOrders(ctx, input),
    'workOrders.collect': (input, actor, ctx) => process.collectWorkOrder(ctx, actor, input.id),
    'workOrders.print': (input, _actor, ctx) => printWorkOrder(ctx, input.id),
  }),
});
