import { defineFeature } from '../../modules/feature';
import { workOrderContract } from '../../../../shared/domain/workOrders/workOrderContract';
import * as complaints from '../complaints/complaintService';
import * as process from '../complaints/processService';
import { listWorkOrders } from './workOrderService';
import { printWorkOrder } from '../../forms/printService';
import { exportWorkOrders } from './workOrderExport';

/** Work orders (PG-…) issued for complaints. */
export const workOrderLedger = defineFeature({
  name: 'workOrders',
  channels: workOrderContract,
  handlers: () => ({
    'workOrders.list': (input, _actor, ctx) => listWorkOrders(ctx, input),
    'workOrders.collect': (input, actor, ctx) => process.collectWorkOrder(ctx, actor, input.id),
    'workOrders.print': (input, _actor, ctx) => printWorkOrder(ctx, input.id),
    'workOrders.export': (input, actor, ctx) => exportWorkOrders(ctx, actor, input),
  }),
});
