import { App, Button, Card, Empty, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import type { RepairListItem } from '../../../../shared/domain/repairs/repairRecords';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { localIsoTime } from '../../../../shared/domain/officeDate';
import { call, errorMessage } from '../../api/client';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { DeadlineText } from '../../components/DeadlineText';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { RepairCompleteModal } from '../repairs/repairPages';
import { QueueDisputeModal, QueueHandlingModal } from './QueueStepModals';
import { isOverdue, queueRows, type QueueRow } from './queueRows';

/** The most of each kind the queue reads at once; a department has far fewer open at a time. */
const pageSize = 200;
/** New dispatches show up while the worker keeps the screen open. */
const refreshEvery = 60_000;

type Dialog = { step: 'complete'; repair: RepairListItem } | { step: 'handling' | 'dispute'; order: WorkOrder };
type Direct = 'repairs.collect' | 'repairs.arrive' | 'workOrders.collect';

/** Complaint steps the department may take while the case is still with it (not waiting for a dispute's decision). */
const handlingStatuses = new Set(['dispatched', 'inProgress']);

/**
 * 本部门工单: everything the signed-in worker's department still has to do — repairs to collect, reach and finish,
 * complaints' work orders to collect and answer — the one due soonest first, an overdue one marked. The services
 * narrow both lists to the worker's own department whatever is asked.
 */
export function DepartmentQueuePage() {
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const repairs = useChannelQuery('repairs.list', { queue: true, pageSize }, { refetchInterval: refreshEvery });
  const orders = useChannelQuery('workOrders.list', { state: 'open', pageSize }, { refetchInterval: refreshEvery });
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const rows = queueRows(repairs.data?.items ?? [], orders.data?.items ?? []);
  const now = localIsoTime();
  const overdue = rows.filter((row) => isOverdue(row, now)).length;
  const cut = (repairs.data?.total ?? 0) > pageSize || (orders.data?.total ?? 0) > pageSize;

  const run = async (row: QueueRow, channel: Direct, done: string) => {
    if (busy) return;
    setBusy(row.key);
    try {
      await call(channel, { id: row.kind === 'repair' ? row.repair.id : row.order.id });
      void message.success(`${row.number} ${done}`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const actions = (row: QueueRow) => {
    const button = (label: string, onClick: () => void, primary = true) => (
      <Button size="small" type={primary ? 'primary' : 'default'} loading={busy === row.key && primary} disabled={busy !== null && busy !== row.key} onClick={onClick}>
        {label}
      </Button>
    );
    if (row.kind === 'repair') {
      const { repair } = row;
      if (repair.status === 'dispatched') return button('接单', () => void run(row, 'repairs.collect', '已接单'));
      if (repair.status === 'collected') return button('到场', () => void run(row, 'repairs.arrive', '已登记到场'));
      if (repair.status === 'inProgress') return button('处理完成', () => setDialog({ step: 'complete', repair }));
      return null;
    }
    const { order } = row;
    // The level above decides a dispute first: until then the order only waits.
    if (order.complaintStatus === 'disputed') return <Typography.Text type="secondary">等待上一级裁决</Typography.Text>;
    const open = order.complaintId !== null && order.complaintStatus !== null && handlingStatuses.has(order.complaintStatus);
    return (
      <Space size="small">
        {order.status === 'issued' && button('接单', () => void run(row, 'workOrders.collect', '已接单'))}
        {order.status === 'collected' && open && button('登记处理', () => setDialog({ step: 'handling', order }))}
        {open && button('提出异议', () => setDialog({ step: 'dispute', order }), false)}
      </Space>
    );
  };

  const columns: TableColumnsType<QueueRow> = [
    {
      title: '单号',
      dataIndex: 'number',
      width: 150,
      render: (number: string, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{number}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.kind === 'repair' ? '报修' : `投诉派工${row.order.complaintNumber ? ` · ${row.order.complaintNumber}` : ''}`}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '房号/位置', dataIndex: 'room', width: 130, ellipsis: true, render: (room: string | null) => room ?? '—' },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 110, render: (phone: string) => phone || '—' },
    { title: '内容', dataIndex: 'content', ellipsis: true },
    {
      title: '期限',
      dataIndex: 'dueAt',
      width: 170,
      render: (dueAt: string | null, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.dueLabel} {dueAt ? dueAt.slice(5, 16).replace('T', ' ') : ''}
          </Typography.Text>
          <DeadlineText dueAt={dueAt} />
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'statusLabel',
      width: 100,
      render: (label: string, row) => <Tag color={row.kind === 'workOrder' && row.order.complaintStatus === 'disputed' ? 'orange' : 'blue'}>{label}</Tag>,
    },
    { title: '操作', key: 'actions', width: 200, fixed: 'right', render: (_value, row) => actions(row) },
  ];

  const error = repairs.error ?? orders.error;
  return (
    <Card
      size="small"
      title={
        <Space>
          本部门工单
          <Typography.Text type="secondary">{staff.departmentName}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {overdue > 0 && (
            <Tag color="red" data-testid="queue-overdue-count">
              已超时 {overdue} 张
            </Tag>
          )}
          <Typography.Text type="secondary">共 {rows.length} 张</Typography.Text>
        </Space>
      }
    >
      {error && <QueryErrorAlert error={error} onRetry={() => void Promise.all([repairs.refetch(), orders.refetch()])} />}
      {cut && <Typography.Paragraph type="warning">待办较多,这里列出最早到期的 {pageSize} 张报修和 {pageSize} 张派工单。</Typography.Paragraph>}
      <Table<QueueRow>
        data-testid="department-queue"
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={repairs.isPending || orders.isPending}
        pagination={false}
        scroll={{ x: 1000 }}
        onRow={(row) => {
          const late = isOverdue(row, now);
          return { 'data-overdue': late ? 'true' : 'false', style: late ? { background: '#fff1f0' } : {} } as HTMLAttributes<HTMLElement>;
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本部门没有待处理的工单" /> }}
      />
      {dialog?.step === 'complete' && <RepairCompleteModal open repair={dialog.repair} onClose={() => setDialog(null)} />}
      {dialog?.step === 'handling' && <QueueHandlingModal open order={dialog.order} onClose={() => setDialog(null)} />}
      {dialog?.step === 'dispute' && <QueueDisputeModal open order={dialog.order} onClose={() => setDialog(null)} />}
    </Card>
  );
}
