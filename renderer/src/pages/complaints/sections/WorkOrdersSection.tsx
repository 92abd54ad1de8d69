import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import type { WorkOrder } from '../../../../../shared/domain/workOrders/workOrder';
import { WorkOrderDue } from '../../../components/WorkOrderDue';
import { WorkOrderStatusTag } from '../../../components/WorkOrderStatusTag';
import { formatLocalDateTime } from '../../../forms/localTime';
import type { PrintedForms } from '../../../hooks/usePrintedForm';

interface Props {
  workOrders: WorkOrder[];
  print: PrintedForms['print'];
  printing: PrintedForms['printing'];
}

/** The complaint's 派工单, oldest first: who had it, by when, and when it was collected and closed. */
export function WorkOrdersSection({ workOrders, print, printing }: Props) {
  if (workOrders.length === 0) return null;
  const columns: TableColumnsType<WorkOrder> = [
    { title: '派工单号', dataIndex: 'number', width: 130 },
    { title: '接单部门', dataIndex: 'departmentName', width: 150, ellipsis: true },
    { title: '接单人', dataIndex: 'assigneeName', width: 80 },
    { title: '派工时间', dataIndex: 'issuedAt', width: 130, render: formatLocalDateTime },
    { title: '要求完成', dataIndex: 'dueAt', width: 150, render: (_value, order) => <WorkOrderDue order={order} /> },
    { title: '状态', dataIndex: 'status', width: 80, render: (status: WorkOrder['status']) => <WorkOrderStatusTag status={status} /> },
    { title: '接单时间', dataIndex: 'collectedAt', width: 130, render: formatLocalDateTime },
    { title: '关闭时间', dataIndex: 'closedAt', width: 130, render: formatLocalDateTime },
    { title: '派工说明', dataIndex: 'instructions', ellipsis: true, render: (text: string | null) => text ?? '' },
    {
      title: '',
      width: 120,
      fixed: 'right',
      render: (_value, order) => (
        <Button size="small" icon={<PrinterOutlined />} loading={printing('workOrders.print', { id: order.id })} onClick={() => print('workOrders.print', { id: order.id })}>
          打印派工单
        </Button>
      ),
    },
  ];
  return (
    <Card size="small" title="派工单">
      <Table<WorkOrder>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={workOrders}
        pagination={false}
        scroll={{ x: 1150 }}
        data-testid="complaint-work-orders"
      />
    </Card>
  );
}
