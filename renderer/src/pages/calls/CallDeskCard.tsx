import { Card, Spin, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CallRecord } from '../../../../shared/domain/calls/call';
import { useChannelQuery } from '../../api/queries';
import { formatLocalDateTime } from '../../forms/localTime';

/** Shown on the desk: the longest-waiting first would need another order; the newest 50 say enough. */
const shown = 50;

/** 今日待办: calls logged and not yet answered or turned into a repair or complaint, each opening on its day. */
export function CallDeskCard() {
  const pending = useChannelQuery('calls.list', { outcome: 'pending', pageSize: shown }, { refetchInterval: 60_000 });
  const total = pending.data?.total ?? 0;
  const items = pending.data?.items ?? [];
  return (
    <Card
      size="small"
      data-testid="desk-callsPending"
      title={<Link to="/calls">来电未处理(未答复、未转报修或投诉)</Link>}
      extra={
        // No count before the answer: a 0 drawn while the list loads would say no call is waiting.
        pending.data ? (
          <span data-testid="desk-callsPending-count" style={{ fontSize: 20, fontWeight: 600 }}>
            {total}
          </span>
        ) : (
          <Spin size="small" />
        )
      }
      style={{ height: '100%' }}
    >
      {total === 0 ? (
        <Typography.Text type="secondary">无</Typography.Text>
      ) : (
        <Table<CallRecord>
          size="small"
          rowKey="id"
          dataSource={items}
          pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            {
              title: '编号',
              dataIndex: 'number',
              width: 130,
              render: (number: string, call) => <Link to={`/calls?date=${call.calledAt.slice(0, 10)}&q=${encodeURIComponent(number)}`}>{number}</Link>,
            },
            { title: '事项内容', dataIndex: 'matter', ellipsis: true },
            { title: '房号', dataIndex: 'roomLabel', width: 110, ellipsis: true, render: (room: string | null) => room ?? '—' },
            { title: '来电时间', dataIndex: 'calledAt', width: 130, render: formatLocalDateTime },
          ]}
        />
      )}
      {total > items.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {total} 条，这里列出最新的 {items.length} 条。
        </Typography.Text>
      )}
    </Card>
  );
}
