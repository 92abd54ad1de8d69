import type { z } from 'zod';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, WorkOrderTable } from '../../db/schema';
import { maskPhone } from '../../../../shared/domain/masking';
import type { WorkOrder, WorkOrderStatus } from '../../../../shared/domain/workOrders/workOrder';
import type { ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import type { workOrderListInput } from '../../../../shared/domain/workOrders/workOrderSchemas';

/** Orders still with a department: issued and not collected, or collected and not done. */
const openOrderStatuses: WorkOrderStatus[] = ['issued', 'collected'];

function selectWorkOrders(db: Kysely<Database>) {
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
      'complaints.status as complaint_status',
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
    complaintStatus: row.complaint_status as ComplaintStatus | null,
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

/** The complaint's orders by id, oldest first. */
export async function complaintWorkOrderIds(db: Kysely<Database>, complaintId: number): Promise<number[]> {
  return (await db.selectFrom('work_orders').select('id').where('complaint_id', '=', complaintId).orderBy('id').execute()).map((row) => row.id);
}

/** The department the complaint's latest order went to, if it had one. */
export async function lastOrderDepartment(db: Kysely<Database>, complaintId: number): Promise<number | undefined> {
  const lastOrder = await db.selectFrom('work_orders').select('department_id').where('complaint_id', '=', complaintId).orderBy('id', 'desc').executeTakeFirst();
  return lastOrder?.department_id;
}

/** A department's queue: its open orders, the earliest due first; or everything, newest first. */
export async function findWorkOrderPage(db: Kysely<Database>, query: z.output<typeof workOrderListInput>) {
  let select = selectWorkOrders(db);
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
  return { rows, total: Number(total) };
}

export async function insertWorkOrder(trx: Kysely<Database>, row: Insertable<WorkOrderTable>): Promise<number> {
  const order = await trx.insertInto('work_orders').values(row).returning('id').executeTakeFirstOrThrow();
  return order.id;
}

export async function updateWorkOrder(trx: Kysely<Database>, id: number, set: Updateable<WorkOrderTable>): Promise<void> {
  await trx.updateTable('work_orders').set(set).where('id', '=', id).execute();
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

/** Orders still with a department and their deadlines, for a change of the working calendar. */
export async function openWorkOrderDeadlines(db: Kysely<Database>) {
  return db
    .selectFrom('work_orders')
    .select(['id', 'number', 'complaint_id', 'issued_at', 'due_at'])
    .where('status', 'in', openOrderStatuses)
    .orderBy('id')
    .execute();
}
