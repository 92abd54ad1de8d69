import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { revisitMethods, satisfactionLevels } from '../../../../../shared/domain/complaints/complaintLifecycle';
import type { Revisit } from '../../../../../shared/domain/complaints/complaintParts';
import { formatLocalDateTime } from '../../../forms/localTime';

const columns: TableColumnsType<Revisit> = [
  { title: '回访时间', dataIndex: 'revisitedAt', width: 130, render: formatLocalDateTime },
  { title: '回访方式', dataIndex: 'method', width: 80, render: (method: Revisit['method']) => revisitMethods[method] },
  { title: '回访人', dataIndex: 'revisitorName', width: 90 },
  { title: '客户反馈意见', dataIndex: 'feedback', render: (feedback: string) => <span className="tz-pre-wrap">{feedback}</span> },
  {
    title: '满意度',
    width: 150,
    render: (_value, revisit) => (
      <span>
        <Tag color={revisit.satisfaction === 'unsatisfied' ? 'red' : 'green'}>{satisfactionLevels[revisit.satisfaction]}</Tag>
        {revisit.reopened && <Tag color="magenta">重新处理</Tag>}
      </span>
    ),
  },
];

/** 回访记录: every call-back, an unsatisfied one marked as the one that reopened the case. */
export function RevisitsSection({ revisits }: { revisits: Revisit[] }) {
  if (revisits.length === 0) return null;
  return (
    <Card size="small" title="回访记录">
      <Table<Revisit> size="small" rowKey="id" columns={columns} dataSource={revisits} pagination={false} data-testid="complaint-revisits" />
    </Card>
  );
}
