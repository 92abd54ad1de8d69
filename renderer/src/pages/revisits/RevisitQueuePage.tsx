import { App, Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { staffRoles } from '../../../../shared/domain/office/office';
import { revisitPurposes, revisitSubjectKinds, revisitTimings, type RevisitTiming } from '../../../../shared/domain/revisits/revisit';
import type { RevisitQueueItem } from '../../../../shared/domain/revisits/revisitRecords';
import { call, errorMessage } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatLocalDateTime } from '../../forms/localTime';
import { RevisitWindowsCard } from './RevisitWindowsCard';
import { PageTitle } from '../../components/PageTitle';

const timingColors: Record<RevisitTiming, string> = { overdue: 'red', due: 'orange', upcoming: 'default' };

/** /revisits — 回访队列: overdue first, then due, then not yet open; who should call and how often each was tried. */
export function RevisitQueuePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [shown, setShown] = useState<RevisitTiming | 'all'>('all');
  const queue = useChannelQuery('revisits.queue', {}, { refetchInterval: 60_000 });
  const open = async (item: RevisitQueueItem) => {
    try {
      const id = item.revisitId ?? (await call('revisits.start', { subjectKind: item.subjectKind, subjectId: item.subjectId })).revisit.id;
      navigate(`/revisits/${id}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  const items = (queue.data?.items ?? []).filter((item) => shown === 'all' || item.timing === shown);
  const counts = queue.data?.counts;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={<PageTitle>回访队列</PageTitle>} extra={<ExportButton run={(fullData) => call('revisits.exportQueue', { timing: shown === 'all' ? null : shown, fullData })} />}>
        {queue.isError && <QueryErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
        <Space style={{ marginBottom: 12 }}>
          <Segmented<RevisitTiming | 'all'>
            value={shown}
            onChange={setShown}
            data-testid="revisit-timing-filter"
            options={[
              { value: 'all', label: '全部' },
              ...(Object.keys(revisitTimings) as RevisitTiming[]).map((timing) => ({ value: timing, label: `${revisitTimings[timing]} ${counts?.[timing] ?? 0}` })),
            ]}
          />
        </Space>
        <Table<RevisitQueueItem>
          size="small"
          rowKey="key"
          data-testid="revisit-queue"
          loading={queue.isPending}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '状态', dataIndex: 'timing', width: 80, render: (timing: RevisitTiming) => <Tag color={timingColors[timing]}>{revisitTimings[timing]}</Tag> },
            { title: '对象', key: 'subject', width: 160, render: (_, item) => `${revisitSubjectKinds[item.subjectKind]} ${item.subjectNumber}` },
            { title: '房号', dataIndex: 'roomLabel', width: 90, ellipsis: true },
            { title: '业户', dataIndex: 'ownerName', width: 72, ellipsis: true },
            // At 1366 px the queue fits without scrolling sideways, 事项 taking the rest; the phone stays: it is called.
            { title: '电话', dataIndex: 'phone', width: 110 },
            { title: '事项', dataIndex: 'summary', ellipsis: true, onCell: (item) => ({ title: item.summary }) },
            { title: '回访类别', dataIndex: 'purpose', width: 96, ellipsis: true, render: (purpose: RevisitQueueItem['purpose']) => revisitPurposes[purpose] },
            { title: '回访期限', dataIndex: 'dueAt', width: 116, render: (dueAt: string, item) => `${formatLocalDateTime(item.windowFrom).slice(5, 10)} 至 ${formatLocalDateTime(dueAt).slice(5, 10)}` },
            { title: '应回访人', key: 'who', width: 100, ellipsis: true, render: (_, item) => `${staffRoles[item.requiredRole]}${item.proposedRevisitorName ? `(${item.proposedRevisitorName})` : ''}` },
            { title: <span title="已联系次数：本项 / 该业户">已联系</span>, key: 'attempts', width: 64, render: (_, item) => <span data-testid="revisit-attempt-count">{`${item.attempts} / ${item.ownerAttempts}`}</span> },
            {
              title: '',
              key: 'open',
              width: 56,
              render: (_, item) => (
                <Button size="small" type="link" onClick={() => void open(item)} data-testid="open-revisit">
                  回访
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <RevisitWindowsCard />
    </Space>
  );
}
