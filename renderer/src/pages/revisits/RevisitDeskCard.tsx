import { Card, Spin, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { revisitSubjectKinds, revisitTimings } from '../../../../shared/domain/revisits/revisit';
import type { RevisitQueueItem } from '../../../../shared/domain/revisits/revisitRecords';
import { useChannelQuery } from '../../api/queries';
import { formatLocalDateTime } from '../../forms/localTime';

/** Shown on the desk, most pressing first; the count says how many more (the 1M office has 1,576 overdue). */
const shown = 50;

/** The desk's view of the revisit queue: what is overdue or due now (complaints and repairs alike). */
export function RevisitDeskCard() {
  const queue = useChannelQuery('revisits.queue', { first: shown }, { refetchInterval: 60_000 });
  const items = (queue.data?.items ?? []).filter((item) => item.timing !== 'upcoming');
  const overdue = queue.data?.counts.overdue ?? 0;
  const total = overdue + (queue.data?.counts.due ?? 0);
  return (
    <Card
      size="small"
      data-testid="desk-revisitQueue"
      title={<Link to="/revisits">回访队列(待回访/已超期)</Link>}
      extra={
        // No count before the answer: a 0 drawn while the queue loads would tell the clerk there is nothing to do.
        queue.data ? (
          <span data-testid="desk-revisitQueue-count" style={{ fontSize: 20, fontWeight: 600, color: overdue > 0 ? '#cf1322' : undefined }}>
            {total}
          </span>
        ) : (
          <Spin size="small" />
        )
      }
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">无</Typography.Text>
      ) : (
        <Table<RevisitQueueItem>
          size="small"
          rowKey="key"
          dataSource={items}
          pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: '对象', key: 'subject', render: (_, item) => `${revisitSubjectKinds[item.subjectKind]} ${item.subjectNumber}` },
            { title: '业户', key: 'owner', render: (_, item) => `${item.roomLabel ?? ''} ${item.ownerName ?? ''}` },
            { title: '期限', dataIndex: 'dueAt', render: (dueAt: string, item) => `${formatLocalDateTime(dueAt)}${item.timing === 'overdue' ? ` ${revisitTimings.overdue}` : ''}` },
            { title: '已联系', dataIndex: 'attempts', width: 60 },
          ]}
        />
      )}
      {total > items.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {total} 条，这里列出最早的 {items.length} 条。
        </Typography.Text>
      )}
    </Card>
  );
}
