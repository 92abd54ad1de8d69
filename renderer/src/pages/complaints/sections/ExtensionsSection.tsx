import { Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { extensionStatuses } from '../../../../../shared/domain/complaints/complaintLifecycle';
import type { DeadlineExtension } from '../../../../../shared/domain/complaints/complaintParts';
import { formatLocalDateTime } from '../../../forms/localTime';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { useChannelQuery } from '../../../api/queries';
import { mayApprove } from '../../../../../shared/domain/approvals/approvals';
import { ExtensionDecisionModal } from '../actions/ExtensionDecisionModal';

const statusColors: Record<DeadlineExtension['status'], string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** 延期申请: each request and its decision; a pending one offers 批准/不批准 to whom 审批权限 names (主管 by default). */
export function ExtensionsSection({ extensions }: { extensions: DeadlineExtension[] }) {
  const { role } = useCurrentStaff();
  const approvals = useChannelQuery('approvals.get', {}).data;
  const mayDecide = approvals !== undefined && mayApprove(approvals, 'complaintExtension', role);
  const [deciding, setDeciding] = useState<{ extension: DeadlineExtension; approve: boolean } | null>(null);
  if (extensions.length === 0) return null;
  const columns: TableColumnsType<DeadlineExtension> = [
    { title: '申请', width: 170, render: (_value, e) => `${formatLocalDateTime(e.requestedAt)} ${e.requestedByName}` },
    { title: '期限', width: 270, render: (_value, e) => `${formatLocalDateTime(e.previousDueAt)} → ${formatLocalDateTime(e.requestedDueAt)}` },
    { title: '原因', dataIndex: 'reason' },
    { title: '临时处理措施', dataIndex: 'interimMeasure' },
    {
      title: '审批',
      width: 220,
      render: (_value, e) =>
        e.status === 'pending' && mayDecide ? (
          <Space>
            <Button size="small" type="primary" onClick={() => setDeciding({ extension: e, approve: true })}>
              批准
            </Button>
            <Button size="small" danger onClick={() => setDeciding({ extension: e, approve: false })}>
              不批准
            </Button>
          </Space>
        ) : (
          <span>
            <Tag color={statusColors[e.status]}>{extensionStatuses[e.status]}</Tag>
            {e.decidedByName && `${e.decidedByName} ${formatLocalDateTime(e.decidedAt)}`}
            {e.decisionComment && `:${e.decisionComment}`}
          </span>
        ),
    },
  ];
  return (
    <Card size="small" title="延期申请">
      <Table<DeadlineExtension> size="small" rowKey="id" columns={columns} dataSource={extensions} pagination={false} data-testid="complaint-extensions" />
      <ExtensionDecisionModal deciding={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
