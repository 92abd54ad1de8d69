import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { paperBlankKinds, paperBlankStatuses, type PaperBlank, type PaperBlankKind } from '../../../../shared/domain/paperForms/paperForms';
import { PageTitle } from '../../components/PageTitle';

const kindOptions = Object.entries(paperBlankKinds).map(([value, label]) => ({ value, label }));
const statusColors = { reserved: 'blue', used: 'green', voided: 'default' } as const;

/**
 * 空白纸质表单: a supervisor prints blank complaint and repair forms in advance, each under a number reserved in
 * the office's sequence; the desk enters a filled one later under that number (登记投诉 / 登记报修, 纸质表单编号).
 * A number never used is voided with a reason.
 */
export function PaperFormsPage() {
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const supervisor = staff.allows('supervisor');
  const blanks = useChannelQuery('paperForms.list', {});
  const printed = usePrintedForm();
  const [printing, setPrinting] = useState(false);
  const [voiding, setVoiding] = useState<PaperBlank | null>(null);
  const [reserveForm] = Form.useForm<{ kind: PaperBlankKind; count: number }>();
  const [voidForm] = Form.useForm<{ reason: string }>();

  const reserve = async (values: { kind: PaperBlankKind; count: number }) => {
    setPrinting(true);
    try {
      printed.show(await call('paperForms.reserve', values));
      void blanks.refetch();
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setPrinting(false);
    }
  };

  const voidBlank = async () => {
    const { reason } = await voidForm.validateFields();
    try {
      await call('paperForms.void', { entered: voiding!.number, reason });
      setVoiding(null);
      voidForm.resetFields();
      void blanks.refetch();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {supervisor && (
        <Card title="预留编号并打印空白表单" size="small">
          <Form form={reserveForm} layout="inline" initialValues={{ kind: 'complaint', count: 10 }} onFinish={(values) => void reserve(values)} data-testid="paper-reserve-form">
            <Form.Item name="kind" label="表单">
              <Select options={kindOptions} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="count" label="份数" rules={[{ required: true, message: '请填写份数' }]}>
              <InputNumber min={1} max={50} precision={0} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={printing} data-testid="paper-reserve">
              预留编号并打印
            </Button>
          </Form>
        </Card>
      )}
      <Card title={<><PageTitle readerOnly>空白纸质表单</PageTitle>空白表单编号</>} size="small">
        {blanks.error && <QueryErrorAlert error={blanks.error} onRetry={() => void blanks.refetch()} />}
        <Table<PaperBlank>
          rowKey="id"
          size="small"
          loading={blanks.isLoading}
          dataSource={blanks.data ?? []}
          pagination={{ pageSize: 20 }}
          data-testid="paper-blanks"
          columns={[
            { title: '编号', dataIndex: 'number' },
            { title: '表单', dataIndex: 'kind', render: (kind: PaperBlankKind) => paperBlankKinds[kind] },
            { title: '状态', dataIndex: 'status', render: (status: PaperBlank['status']) => <Tag color={statusColors[status]}>{paperBlankStatuses[status]}</Tag> },
            { title: '预留', render: (_, blank) => `${blank.reservedAt.slice(0, 16).replace('T', ' ')} ${blank.reservedByName}` },
            { title: '作废原因', dataIndex: 'voidReason' },
            {
              title: '',
              render: (_, blank) =>
                supervisor && blank.status === 'reserved' ? (
                  <Button size="small" onClick={() => setVoiding(blank)}>
                    作废
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal title={`作废空白表单编号 ${voiding?.number ?? ''}`} open={voiding !== null} onCancel={() => setVoiding(null)} onOk={() => void voidBlank()} okText="作废">
        <Form form={voidForm} layout="vertical">
          <Form.Item name="reason" label="作废原因" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
      <PrintPreviewModal printed={printed.printed} onClose={printed.close} />
    </Space>
  );
}
