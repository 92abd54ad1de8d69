import type { LabelledEnum } from '../labels';
import type { RecordNumbering } from '../recordNumber';
import type { ComplaintStatus } from '../complaints/complaint';

export interface WorkOrder {
  id: number;
  number: string;
  complaintId: number | null;
  complaintNumber: string | null;
  /** 投诉/报修单位(位置) */
  location: string | null;
  /** Full on the printed order (the assignee must call); masked in lists. */
  phone: string | null;
  phoneMasked: string;
  content: string;
  departmentId: number;
  departmentName: string;
  assigneeStaffId: number;
  assigneeName: string;
  issuedByName: string;
  issuedAt: string;
  dueAt: string;
  instructions: string | null;
  collectedAt: string | null;
  closedAt: string | null;
  status: WorkOrderStatus;
  /** Where its complaint stands, so a department's queue offers only the steps the case allows (异议待裁决: none). */
  complaintStatus: ComplaintStatus | null;
}

export const workOrderStatuses = {
  issued: '待接单',
  collected: '已接单',
  done: '已完成',
  reassigned: '已改派',
  cancelled: '已取消',
} as const satisfies LabelledEnum<string>;

export type WorkOrderStatus = keyof typeof workOrderStatuses;

/** 派工单: PG-YYYYMM-NNNN. */
export const workOrderNumbering = { prefix: 'PG', entity: 'workOrder' } as const satisfies RecordNumbering;
