import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { listWorkOrders } from './workOrderService';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { workOrderStatuses } from '../../../../shared/domain/workOrders/workOrder';
import type { workOrderExportInput } from '../../../../shared/domain/workOrders/workOrderSchemas';
import { time } from '../../exports/lists/cells';

export const workOrderExportColumns: ExportColumn<WorkOrder>[] = [
  { header: '派工单号', width: 16, value: (order) => order.number },
  { header: '投诉编号', width: 16, value: (order) => order.complaintNumber },
  { header: '位置', width: 12, value: (order) => order.location },
  { header: '联系电话', width: 14, value: (order, { full }) => (full ? order.phone : order.phoneMasked) },
  { header: '事项', width: 40, value: (order) => order.content },
  { header: '接单部门', width: 14, value: (order) => order.departmentName },
  { header: '接单人', width: 10, value: (order) => order.assigneeName },
  { header: '派工人', width: 10, value: (order) => order.issuedByName },
  { header: '派工时间', width: 17, value: (order) => time(order.issuedAt) },
  { header: '要求完成时间', width: 17, value: (order) => time(order.dueAt) },
  { header: '接单时间', width: 17, value: (order) => time(order.collectedAt) },
  { header: '关闭时间', width: 17, value: (order) => time(order.closedAt) },
  { header: '状态', width: 9, value: (order) => workOrderStatuses[order.status] },
];

export const workOrderListExport: ListExport<z.output<typeof workOrderExportInput>, WorkOrder> = {
  sheetName: '派工单',
  columns: workOrderExportColumns,
  describe: (query) => query.state === 'open' ? '未完成' : '全部',
  pages: (ctx, actor, query) => async (page, pageSize) => (await listWorkOrders(ctx, actor, { ...query, page, pageSize })).items,
};
