import { Tag } from 'antd';
import { workOrderStatuses, type WorkOrderStatus } from '../../../shared/domain/workOrders/workOrder';

const colors: Record<WorkOrderStatus, string> = { issued: 'gold', collected: 'processing', done: 'green', reassigned: 'default', cancelled: 'default' };

/** 派工单状态: 待接单 stands out, closed orders fade. */
export function WorkOrderStatusTag({ status }: { status: WorkOrderStatus }) {
  return <Tag color={colors[status]}>{workOrderStatuses[status]}</Tag>;
}
