import { Empty, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../../../shared/domain/records';
import { formatLocalDateTime } from '../../forms/localTime';

/** The record's audit history, oldest first, as the paper's signature-and-date lines would read. */
export function ComplaintHistory({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无处理记录" />;
  return (
    <Timeline
      data-testid="complaint-history"
      items={history.map((entry) => ({
        key: entry.id,
        content: (
          <span>
            <Typography.Text type="secondary">{formatLocalDateTime(entry.at)} </Typography.Text>
            <Typography.Text strong>{entry.action}</Typography.Text>
            <Typography.Text type="secondary"> · {entry.staffName ?? '系统'}</Typography.Text>
            <div>{entry.summary}</div>
          </span>
        ),
      }))}
    />
  );
}
