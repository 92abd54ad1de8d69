import { Alert, Space } from 'antd';
import { alertKinds } from '../../../../../shared/domain/complaints/complaintLifecycle';
import type { Alert as ManagerAlert } from '../../../../../shared/domain/complaints/complaintParts';
import { formatLocalDateTime } from '../../../forms/localTime';

/** What the manager was told about this case, and whether they have acknowledged it. */
export function AlertsSection({ alerts }: { alerts: ManagerAlert[] }) {
  if (alerts.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={4} data-testid="complaint-alerts">
      {alerts.map((alert) => (
        <Alert
          key={alert.id}
          type={alert.acknowledgedAt ? 'info' : 'warning'}
          showIcon
          title={`${alertKinds[alert.kind]}:${alert.message}`}
          description={
            alert.acknowledgedAt
              ? `${formatLocalDateTime(alert.createdAt)} 已通知经理,${alert.acknowledgedByName ?? ''} ${formatLocalDateTime(alert.acknowledgedAt)} 已知悉`
              : `${formatLocalDateTime(alert.createdAt)} 已通知经理,尚未确认`
          }
        />
      ))}
    </Space>
  );
}
