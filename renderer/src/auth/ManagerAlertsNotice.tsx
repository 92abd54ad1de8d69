import { Button, Modal, Skeleton, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { alertKinds } from '../../../shared/domain/complaints/complaintLifecycle';
import { useChannelQuery } from '../api/queries';

/** How many alerts the notice lists; the desk shows them all. */
const listed = 5;

/** Shown when a manager signs in with unacknowledged alerts (重大/严重, 紧急, repeats, reopened cases). */
export function ManagerAlertsNotice({ count, onClose }: { count: number; onClose: () => void }) {
  const navigate = useNavigate();
  // Same query as the desk page, so going there shows them without another wait.
  const desk = useChannelQuery('desk.today', {});
  const alerts = desk.data?.alerts ?? [];
  // The desk's own count once it has arrived: the notice and the desk never disagree.
  const total = desk.data?.alertTotal ?? count;

  const goToDesk = () => {
    onClose();
    navigate('/desk');
  };

  return (
    <Modal
      open
      title={`有 ${total} 条提醒等待您知悉`}
      onCancel={onClose}
      data-testid="manager-alerts-notice"
      footer={[
        <Button key="later" onClick={onClose}>
          稍后
        </Button>,
        <Button key="desk" type="primary" onClick={goToDesk} autoFocus>
          前往今日待办
        </Button>,
      ]}
    >
      {desk.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {alerts.slice(0, listed).map((alert) => (
        <div key={alert.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Tag color={alert.kind === 'reopened' ? 'orange' : 'red'}>{alertKinds[alert.kind]}</Tag>
          <Typography.Text>{alert.message.replace(`${alertKinds[alert.kind]}:`, '')}</Typography.Text>
        </div>
      ))}
      {total > Math.min(listed, alerts.length) && alerts.length > 0 && (
        <Typography.Text type="secondary">还有 {total - Math.min(listed, alerts.length)} 条，请在今日待办中查看。</Typography.Text>
      )}
    </Modal>
  );
}
