import { Empty, Tag, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../../../shared/domain/records';
import { formatLocalDateTime } from '../../forms/localTime';
import { FieldChanges } from './FieldChanges';
import type { HistoryKind } from './changeLabels';

/**
 * A record's audit history (a complaint's, a repair's, an inspection's), oldest first, as the paper's
 * signature-and-date lines would read: who did what, on which revision, why (for a change after printing) and
 * which fields changed from what to what.
 */
export function RecordHistory({ history, testId, kind }: { history: HistoryEntry[]; testId: string; kind: HistoryKind }) {
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无处理记录" />;
  return (
    <Timeline
      data-testid={testId}
      items={history.map((entry) => ({
        key: entry.id,
        content: (
          <span>
            <Typography.Text type="secondary">{formatLocalDateTime(entry.at)} </Typography.Text>
            <Typography.Text strong>{entry.action}</Typography.Text>
            <Typography.Text type="secondary"> · {entry.staffName ?? '系统'}</Typography.Text>
            {entry.revision !== null && (
              <Tag variant="outlined" style={{ marginInlineStart: 8 }}>
                第 {entry.revision} 版
              </Tag>
            )}
            <div>{entry.summary}</div>
            {entry.reason && <div>原因：{entry.reason}</div>}
            <FieldChanges changes={entry.changes} kind={kind} />
          </span>
        ),
      }))}
    />
  );
}
