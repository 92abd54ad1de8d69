import { job, read, write } from '../../contract/channel';
import { byId } from '../fieldSchemas';
import type { PrintedForm, Page } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import type { WorkOrder } from './workOrder';
import { workOrderListInput, workOrderExportInput } from './workOrderSchemas';

/** Work orders (PG-…) issued for complaints. */
export const workOrderContract = {
  // A department's own staff (部门员工) see their department's queue and collect its orders.
  'workOrders.list': read<Page<WorkOrder>>()(workOrderListInput, '派工单列表(部门待办)', { access: 'department' }),
  'workOrders.collect': write<WorkOrder>()(byId, '接单', { access: 'department' }),
  'workOrders.print': read<PrintedForm>()(byId, '打印派工单'),
  'workOrders.export': job<ExportedFile>()(workOrderExportInput, '派工单导出 Excel'),
};
