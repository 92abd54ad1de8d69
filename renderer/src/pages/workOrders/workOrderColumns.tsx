import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { WorkOrderDue } from '../../components/WorkOrderDue';
import { WorkOrderStatusTag } from '../../components/WorkOrderStatusTag';
import { formatLocalDateTime } from '../../forms/localTime';

interface Actions {
  collect: (order: WorkOrder) => void;
  collecting: number | null;
  print: (order: WorkOrder) => void;
  printing: (order: WorkOrder) => boolean;
}

/** A department's queue: the phone is masked (the printed order carries it in full for the assignee). */
export function workOrderColumns({ collect, collecting, print, printing }: Actions): TableColumnsType<WorkOrder> {
  return [
    { title: '派工单号', dataIndex: 'number', width: 130 },
    {
      title: '投诉编号',
      dataIndex: 'complaintNumber',
      width: 130,
      render: (number: string | null, order) => (number && order.complaintId ? <Link to={`/complaints/${order.complaintId}`}>{number}</Link> : '—'),
    },
    { title: '位置', dataIndex: 'location', width: 110, ellipsis: true, render: (location: string | null) => location ?? '—' },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 110 },
    { title: '内容', dataIndex: 'content', ellipsis: true },
    { title: '接单部门', dataIndex: 'departmentName', width: 120, ellipsis: true },
    { title: '接单人', dataIndex: 'assigneeName', width: 80 },
    { title: '派工时间', dataIndex: 'issuedAt', width: 128, render: formatLocalDateTime },
    { title: '要求完成', dataIndex: 'dueAt', width: 128, render: (_value, order) => <WorkOrderDue order={order} /> },
    { title: '状态', dataIndex: 'status', width: 80, render: (status: WorkOrder['status']) => <WorkOrderStatusTag status={status} /> },
    {
      title: '操作',
      width: 150,
      fixed: 'right',
      render: (_value, order) => (
        <Space size="small">
          {order.status === 'issued' && (
            <Button size="small" type="primary" loading={collecting === order.id} onClick={() => collect(order)}>
              接单
            </Button>
          )}
          <Button size="small" icon={<PrinterOutlined />} loading={printing(order)} onClick={() => print(order)}>
            打印
          </Button>
        </Space>
      ),
    },
  ];
}
