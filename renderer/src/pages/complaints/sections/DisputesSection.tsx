import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { disputeStatuses, type ComplaintDispute } from '../../../../../shared/domain/complaints/complaintParts';
import { formatLocalDateTime } from '../../../forms/localTime';

const statusColors: Record<ComplaintDispute['status'], string> = { pending: 'gold', upheld: 'blue', revised: 'orange' };

/** 部门异议 (seed 004): each dispute, and the level above's decision on it. */
export function DisputesSection({ disputes }: { disputes: ComplaintDispute[] }) {
  if (disputes.length === 0) return null;
  const columns: TableColumnsType<ComplaintDispute> = [
    { title: '提出', width: 200, render: (_value, d) => `${formatLocalDateTime(d.raisedAt)} ${d.departmentName ?? ''} ${d.raisedByName}` },
    { title: '异议理由', dataIndex: 'reason' },
    {
      title: '裁决',
      width: 320,
      render: (_value, d) => (
        <span>
          <Tag color={statusColors[d.status]}>{disputeStatuses[d.status]}</Tag>
          {d.decidedByName && `${d.decidedByName} ${formatLocalDateTime(d.decidedAt)}`}
          {d.decisionComment && `:${d.decisionComment}`}
        </span>
      ),
    },
  ];
  return (
    <Card size="small" title="部门异议">
      <Table<ComplaintDispute> size="small" rowKey="id" columns={columns} dataSource={disputes} pagination={false} data-testid="complaint-disputes" />
    </Card>
  );
}
