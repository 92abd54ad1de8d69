import { App, Button, Card, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { alertKinds } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { Alert } from '../../../../shared/domain/complaints/complaintParts';
import { errorMessage } from '../../api/client';
import { useChannelMutation } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { formatLocalDateTime } from '../../forms/localTime';

/**
 * Cases the manager must know about at once (重大/严重, 紧急, repeats, reopened); only a manager acknowledges, one by
 * one or all at once. A supervisor sees those whose complaint is still open, the ones they can act on.
 */
export function DeskAlerts({ alerts, total }: { alerts: Alert[]; total: number }) {
  const { message, modal } = App.useApp();
  const staff = useCurrentStaff();
  const acknowledge = useChannelMutation('alerts.acknowledge');
  const acknowledgeAll = useChannelMutation('alerts.acknowledgeAll');
  const canAcknowledge = staff.allows('manager');

  const onAcknowledgeAll = () => {
    const upToId = Math.max(...alerts.map((alert) => alert.id));
    modal.confirm({
      title: `全部知悉 ${total} 条提醒？`,
      content: '这些提醒将记为您已知悉，不再出现在今日待办和登录提示中；在此之后新产生的提醒不受影响。',
      okText: '全部知悉',
      cancelText: '取消',
      onOk: async () => {
        try {
          const { acknowledged } = await acknowledgeAll.mutateAsync({ upToId });
          void message.success(`已知悉 ${acknowledged} 条提醒`);
        } catch (error) {
          void message.error(errorMessage(error));
        }
      },
    });
  };

  const onAcknowledge = async (alert: Alert) => {
    try {
      await acknowledge.mutateAsync({ id: alert.id });
      void message.success(`已知悉 ${alert.complaintNumber}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  if (alerts.length === 0) return null;
  // The server sends the newest 50 and says how many there are in all.
  const title = canAcknowledge ? `待经理知悉的提醒（${total} 条）` : `需要跟进的提醒（${total} 条）`;
  return (
    <Card
      size="small"
      data-testid="desk-alerts"
      title={title}
      extra={
        canAcknowledge && (
          <Button size="small" onClick={onAcknowledgeAll} loading={acknowledgeAll.isPending} data-testid="acknowledge-all">
            全部知悉
          </Button>
        )
      } styles={{ header: { background: '#fff1f0' }, body: { maxHeight: 280, overflow: 'auto', paddingBlock: 4 } }}>
      {alerts.map((alert) => (
        <div key={alert.id} data-testid={`alert-${alert.id}`} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '5px 0', borderBottom: '1px solid #f5f5f5' }}>
          <Tag color={alert.kind === 'reopened' ? 'orange' : 'red'} style={{ marginInlineEnd: 0 }}>
            {alertKinds[alert.kind]}
          </Tag>
          {/* The message already names the kind and the record; the whole of it opens the record. */}
          <Link to={`/complaints/${alert.complaintId}`} style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={alert.message}>
            {alert.message.replace(`${alertKinds[alert.kind]}:`, '')}
          </Link>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {formatLocalDateTime(alert.createdAt)}
          </Typography.Text>
          {canAcknowledge && (
            <Button size="small" onClick={() => void onAcknowledge(alert)} loading={acknowledge.isPending && acknowledge.variables?.id === alert.id}>
              知悉
            </Button>
          )}
        </div>
      ))}
      {total > alerts.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {total} 条，这里列出最新的 {alerts.length} 条。
        </Typography.Text>
      )}
    </Card>
  );
}
