import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { maskPhone } from '../../../../shared/domain/masking';
import type { WorkOrder, WorkOrderStatus } from '../../../../shared/domain/workOrders/workOrder';

/** Orders still with a department: issued and not collected, or collected and not done. */
export const openOrderStatuses: WorkOrderStatus[] = ['issued', 'collected'];

export function selectWorkOrders(db: Kysely<Database>) {
  return db
    .selectFrom('work_orders')
    .innerJoin('departments', 'departments.id', 'work_orders.department_id')
    .innerJoin('staff as assignee', 'assignee.id', 'work_orders.assignee_staff_id')
    .innerJoin('staff as issuer', 'issuer.id', 'work_orders.issued_by')
    .leftJoin('complaints', 'complaints.id', 'work_orders.complaint_id')
    .selectAll('work_orders')
    .select([
      'departments.name as department_name',
      'assignee.name as assignee_name',
      'issuer.name as issuer_name',
      'complaints.number as complaint_number',
      'complaints.room_label',
      'complaints.address',
      'complaints.phone',
      'complaints.content',
    ]);
}
type WorkOrderRow = Awaited<ReturnType<ReturnType<typeof selectWorkOrders>['executeTakeFirstOrThrow']>>;

export function toWorkOrder(row: WorkOrderRow): WorkOrder {
  return {
    id: row.id,
    number: row.number,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    location: [row.room_label, row.address].filter(Boolean).join(' ') || null,
    phone: row.phone,
    phoneMasked: maskPhone(row.phone),
    content: row.content ?? '',
    departmentId: row.department_id,
    departmentName: row.department_name,
    assigneeStaffId: row.assignee_staff_id,
    assigneeName: row.assignee_name,
    issuedByName: row.issuer_name,
    issuedAt: row.issued_at,
    dueAt: row.due_at,
    instructions: row.instructions,
    collectedAt: row.collected_at,
    closedAt: row.closed_at,
    status: row.status as WorkOrderStatus,
  };
}

export async function findWorkOrder(db: Kysely<Database>, id: number): Promise<WorkOrder | undefined> {
  const row = await selectWorkOrders(db).where('work_orders.id', '=', id).executeTakeFirst();
  return row && toWorkOrder(row);
}

export async function complaintWorkOrders(db: Kysely<Database>, complaintId: number): Promise<WorkOrder[]> {
  const rows = await selectWorkOrders(db).where('work_orders.complaint_id', '=', complaintId).orderBy('work_orders.id').execute();
  return rows.map(toWorkOrder);
}

/** Close the complaint's orders still open, as `status` (a new dispatch reassigns, handling completes them). */
export async function closeOpenOrders(trx: Kysely<Database>, complaintId: number, status: WorkOrderStatus, now: string): Promise<void> {
  await trx
    .updateTable('work_orders')
    .set({ status, closed_at: now })
    .where('complaint_id', '=', complaintId)
    .where('status', 'in', openOrderStatuses)
    .execute();
}
