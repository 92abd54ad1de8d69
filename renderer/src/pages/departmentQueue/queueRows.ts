import { describeDeadline } from '../../../../shared/domain/deadline';
import { repairStatuses } from '../../../../shared/domain/repairs/repair';
import type { RepairListItem } from '../../../../shared/domain/repairs/repairRecords';
import { workOrderStatuses, type WorkOrder } from '../../../../shared/domain/workOrders/workOrder';

/** One line of 本部门工单: a repair still to collect, reach or finish, or a complaint's open work order. */
export type QueueRow =
  | { kind: 'repair'; key: string; number: string; room: string | null; phoneMasked: string; content: string; dueAt: string | null; dueLabel: string; statusLabel: string; repair: RepairListItem }
  | { kind: 'workOrder'; key: string; number: string; room: string | null; phoneMasked: string; content: string; dueAt: string | null; dueLabel: string; statusLabel: string; order: WorkOrder };

/** Which time the repair's deadline is, as the worker reads it. */
const repairDueLabels: Partial<Record<RepairListItem['status'], string>> = { dispatched: '接单期限', collected: '到场期限', inProgress: '完成期限' };

export function repairRow(repair: RepairListItem): QueueRow {
  return {
    kind: 'repair',
    key: `repair-${repair.id}`,
    number: repair.number,
    room: repair.roomLabel,
    phoneMasked: repair.phoneMasked,
    content: repair.contentExcerpt,
    dueAt: repair.stepDueAt,
    dueLabel: repairDueLabels[repair.status] ?? '期限',
    statusLabel: repairStatuses[repair.status],
    repair,
  };
}

export function workOrderRow(order: WorkOrder): QueueRow {
  return {
    kind: 'workOrder',
    key: `workOrder-${order.id}`,
    number: order.number,
    room: order.location,
    phoneMasked: order.phoneMasked,
    content: order.content,
    dueAt: order.dueAt,
    dueLabel: '要求完成',
    statusLabel: order.complaintStatus === 'disputed' ? '异议待裁决' : workOrderStatuses[order.status],
    order,
  };
}

/** Repairs and work orders together, the one due soonest first (no time last), then by number. */
export function queueRows(repairs: readonly RepairListItem[], orders: readonly WorkOrder[]): QueueRow[] {
  return [...repairs.map(repairRow), ...orders.map(workOrderRow)].toSorted(
    (a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.number.localeCompare(b.number),
  );
}

export function isOverdue(row: QueueRow, now: string): boolean {
  return row.dueAt !== null && describeDeadline(now, row.dueAt).state === 'overdue';
}
