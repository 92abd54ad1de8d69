import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { workOrderListInput } from '../../../../shared/domain/workOrders/workOrderSchemas';
import type { Page } from '../../../../shared/domain/records';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { findWorkOrderPage, toWorkOrder } from './workOrderRepository';
import type { Actor } from '../../auth/session';
import { departmentQueue } from '../../office/departmentScope';

/** The work orders as the list (a department's queue, or everything) and its export page through them. */
export async function listWorkOrders(ctx: AppContext, actor: Actor, query: z.output<typeof workOrderListInput>): Promise<Page<WorkOrder>> {
  const { rows, total } = await findWorkOrderPage(ctx.db, { ...query, departmentId: await departmentQueue(ctx.db, actor, query.departmentId) });
  return { items: rows.map(toWorkOrder), total, page: query.page, pageSize: query.pageSize };
}
