import { App, Card, Empty, Segmented, Select, Space, Table } from 'antd';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { call, errorMessage } from '../../api/client';
import { useChannelMutation, useChannelQuery, useDepartments, useStaff } from '../../api/queries';
import { ExportButton } from '../../components/ExportButton';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { useCurrentStaff } from '../../auth/currentStaff';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { useWorkOrderParams } from './useWorkOrderParams';
import { workOrderColumns } from './workOrderColumns';
import { PageTitle } from '../../components/PageTitle';

const pageSize = 20;

/** 派工单: a department's queue (its own by default), the earliest due first; 接单 and 打印 per order. */
export function WorkOrdersPage() {
  const { message } = App.useApp();
  const { params, update } = useWorkOrderParams();
  const departments = useDepartments();
  const staff = useStaff();
  const { staffId } = useCurrentStaff();
  const own = staff.data?.find((member) => member.id === staffId)?.departmentId;
  const department = params.department ?? own ?? 'all';
  // Wait for the signed-in person's department before asking, so the first answer is already their queue.
  const ready = params.department !== undefined || staff.isSuccess;
  const list = useChannelQuery(
    'workOrders.list',
    { departmentId: department === 'all' ? null : department, state: params.state, page: params.page, pageSize },
    { enabled: ready, placeholderData: keepPreviousData },
  );
  const collect = useChannelMutation('workOrders.collect');
  const [collecting, setCollecting] = useState<number | null>(null);
  const { printed, print, printing, close } = usePrintedForm();

  const onCollect = async (order: WorkOrder) => {
    if (collecting !== null) return;
    setCollecting(order.id);
    try {
      await collect.mutateAsync({ id: order.id });
      void message.success(`已接单 ${order.number}`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setCollecting(null);
    }
  };

  const departmentOptions = [
    { value: 'all', label: '全部部门' },
    ...(departments.data ?? []).filter((d) => d.active || d.id === department).map((d) => ({ value: String(d.id), label: d.name })),
  ];

  return (
    <Card
      title={<PageTitle>派工单</PageTitle>}
      size="small"
      extra={<ExportButton run={(fullData) => call('workOrders.export', { departmentId: department === 'all' ? null : department, state: params.state, fullData })} />}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="接单部门"
          value={departments.data ? String(department) : undefined}
          options={departmentOptions}
          onChange={(value: string) => update({ department: value === 'all' ? 'all' : Number(value) })}
          style={{ width: 200 }}
          data-testid="work-order-department"
        />
        <Segmented
          value={params.state}
          options={[
            { value: 'open', label: '待处理' },
            { value: 'all', label: '全部' },
          ]}
          onChange={(state) => update({ state: state === 'all' ? 'all' : 'open' })}
        />
      </Space>
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<WorkOrder>
        data-testid="work-order-table"
        size="small"
        rowKey="id"
        columns={workOrderColumns({
          collect: (order) => void onCollect(order),
          collecting,
          print: (order) => print('workOrders.print', { id: order.id }),
          printing: (order) => printing('workOrders.print', { id: order.id }),
        })}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1300 }}
        pagination={{
          current: params.page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => `共 ${total} 张`,
          onChange: (page) => update({ page }),
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={params.state === 'open' ? '没有待处理的派工单' : '没有派工单'} /> }}
      />
      <PrintPreviewModal printed={printed} onClose={close} />
    </Card>
  );
}
