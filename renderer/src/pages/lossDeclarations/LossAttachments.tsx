import { Button, Card, Form, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import type { LossAttachment } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { lossAttachmentKinds, type LossAttachmentKind } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { formatBytes, type PickedFile } from '../../forms/fileContent';
import { call, errorMessage } from '../../api/client';
import { AttachmentPreviewModal } from '../../components/AttachmentPreviewModal';
import { LossFilePicker, pickedFileProblem } from './LossFilePicker';

interface Props {
  id: number;
  byAgent: boolean;
  editable: boolean;
  attachments: LossAttachment[];
}

/** The scans kept with the declaration, each opened from the data folder through the contract. */
export function LossAttachments({ id, byAgent, editable, attachments }: Props) {
  const [viewing, setViewing] = useState<LossAttachment | null>(null);
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ kind: LossAttachmentKind; file?: PickedFile }>();
  const kinds = (['idCard', 'agentIdCard', 'other'] as const).filter((kind) => kind !== 'agentIdCard' || byAgent);

  const save = async ({ kind, file }: { kind: LossAttachmentKind; file?: PickedFile }) => {
    const problem = file ? pickedFileProblem(file) : '请选择文件';
    if (problem || !file) return void form.setFields([{ name: 'file', errors: [problem ?? '请选择文件'] }]);
    setSaving(true);
    try {
      await call('lossDeclarations.attach', { id, kind, fileName: file.fileName, contentBase64: file.contentBase64 });
      setAdding(false);
      form.resetFields();
    } catch (error) {
      form.setFields([{ name: 'file', errors: [errorMessage(error)] }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title="附件(身份证、记账联复印件)"
      extra={editable && <Button size="small" onClick={() => setAdding(true)} data-testid="add-loss-attachment">上传身份证扫描件</Button>}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={attachments}
        data-testid="loss-attachments"
        locale={{ emptyText: '还没有附件' }}
        columns={[
          { title: '类别', dataIndex: 'kind', render: (kind: LossAttachmentKind) => lossAttachmentKinds[kind] },
          { title: '文件', dataIndex: 'fileName', render: (name: string, row) => <Button type="link" size="small" onClick={() => setViewing(row)}>{name}</Button> },
          { title: '大小', dataIndex: 'size', render: (size: number) => formatBytes(size) },
          { title: '上传人', dataIndex: 'createdByName' },
          { title: '上传时间', dataIndex: 'createdAt', render: (at: string) => at.slice(0, 16).replace('T', ' ') },
        ]}
      />
      <AttachmentPreviewModal attachment={viewing} onClose={() => setViewing(null)} />
      <Modal title="上传附件" open={adding} onCancel={() => setAdding(false)} onOk={() => form.submit()} okText="上传" confirmLoading={saving} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'idCard' }} onFinish={(values) => void save(values)}>
          <Form.Item name="kind" label="类别">
            <Select options={kinds.map((kind) => ({ value: kind, label: lossAttachmentKinds[kind] }))} />
          </Form.Item>
          <Form.Item name="file" label="文件">
            <LossFilePicker hint="点击或拖入扫描件或照片" testId="attachment-picker" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
