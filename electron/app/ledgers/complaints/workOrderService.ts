import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { workOrderListInput } from '../../../../shared/domain/workOrders/workOrderSchemas';
import type { Page } from '../../../../shared/domain/records';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { openOrderStatuses, selectWorkOrders, toWorkOrder } from './workOrderRepository';

/** A department's queue: its open orders, the earliest due first; or everything, newest first. */
export async function listWorkOrders(ctx: AppContext, query: z.output<typeof workOrderListInput>): Promise<Page<WorkOrder>> {
  let select = selectWorkOrders(ctx.db);
  if (query.departmentId) select = select.where('work_orders.department_id', '=', query.departmentId);
  if (query.state === 'open') select = select.where('work_orders.status', 'in', openOrderStatuses);
  const { total } = await select
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await (query.state === 'open'
    ? select.orderBy('work_orders.due_at').orderBy('work_orders.id')
    : select.orderBy('work_orders.id', 'desc')
  )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items: rows.map(toWorkOrder), total: Number(total), page: query.page, pageSize: query.pageSize };
}
