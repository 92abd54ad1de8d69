import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { capaStatuses } from '../../../../../shared/domain/complaints/complaintLifecycle';
import type { CapaReport } from '../../../../../shared/domain/complaints/complaintParts';
import { DeadlineText } from '../../../components/DeadlineText';
import { formatLocalDateTime } from '../../../forms/localTime';
import type { PrintedForms } from '../../../hooks/usePrintedForm';
import { CapaSubmitModal } from '../actions/CapaSubmitModal';
import { CapaReportText } from './CapaReportText';

interface Props {
  reports: CapaReport[];
  print: PrintedForms['print'];
  printing: PrintedForms['printing'];
}

/** 纠正/预防措施报告: requested of a department with a due date; filled in here, printed for signature. */
export function CapaSection({ reports, print, printing }: Props) {
  const [filling, setFilling] = useState<CapaReport | null>(null);
  if (reports.length === 0) return null;
  const columns: TableColumnsType<CapaReport> = [
    { title: '报告编号', dataIndex: 'number', width: 130 },
    { title: '责任部门', dataIndex: 'departmentName', render: (name: string | null) => name ?? '—' },
    { title: '要求', render: (_value, r) => `${r.requestedByName} ${formatLocalDateTime(r.requestedAt)}${r.requestNote ? `:${r.requestNote}` : ''}` },
    { title: '期限', width: 130, render: (_value, r) => <DeadlineText dueAt={r.dueAt} finishedAt={r.submittedAt} /> },
    { title: '状态', dataIndex: 'status', width: 80, render: (status: CapaReport['status']) => <Tag color={status === 'submitted' ? 'green' : 'gold'}>{capaStatuses[status]}</Tag> },
    {
      title: '',
      width: 170,
      render: (_value, r) => (
        <Space>
          {r.status === 'requested' && (
            <Button size="small" type="primary" onClick={() => setFilling(r)}>
              填写报告
            </Button>
          )}
          <Button size="small" icon={<PrinterOutlined />} loading={printing('capa.print', { id: r.id })} onClick={() => print('capa.print', { id: r.id })}>
            打印
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card size="small" title="纠正/预防措施报告">
      <Table<CapaReport>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={reports}
        pagination={false}
        expandable={{ rowExpandable: (r) => r.status === 'submitted', expandedRowRender: (r) => <CapaReportText report={r} /> }}
        data-testid="complaint-capa"
      />
      <CapaSubmitModal report={filling} onClose={() => setFilling(null)} />
    </Card>
  );
}
