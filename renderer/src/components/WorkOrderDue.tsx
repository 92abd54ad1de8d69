import { Typography } from 'antd';
import type { WorkOrder } from '../../../shared/domain/workOrders/workOrder';
import { DeadlineText } from './DeadlineText';

/** An order's 要求完成时间: how it stands, or was met; a reassigned or cancelled order was never finished, so no verdict. */
export function WorkOrderDue({ order }: { order: WorkOrder }) {
  if (order.status === 'reassigned' || order.status === 'cancelled') {
    return <Typography.Text type="secondary">{order.dueAt.slice(0, 16).replace('T', ' ')}</Typography.Text>;
  }
  return <DeadlineText dueAt={order.dueAt} finishedAt={order.closedAt} />;
}
