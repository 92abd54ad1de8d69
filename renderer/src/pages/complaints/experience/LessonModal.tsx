import { Form, Input, Modal } from 'antd';
import type { ComplaintRecord } from '../../../../../shared/domain/complaints/complaintRecords';
import { useSaveForm } from '../../../forms/useSaveForm';

interface Values {
  title?: string;
  text?: string;
  steps?: string;
}

/** 经验总结: a closed case turned into an entry of the base, through the audited experience.saveLesson. */
export function LessonModal({ complaint, onClose }: { complaint: ComplaintRecord; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { submit, pending } = useSaveForm({
    channel: 'experience.saveLesson',
    form,
    toInput: (values: Values) => ({
      complaintId: complaint.id,
      title: values.title ?? '',
      text: values.text ?? '',
      steps: (values.steps ?? '').split('\n').map((step) => step.trim()).filter(Boolean),
    }),
    success: (saved) => `经验总结已存入经验库 ${saved.ref}`,
    fields: ['title', 'text', 'steps'],
    onDone: onClose,
  });
  const initialValues: Values = { text: [complaint.handlingResult, complaint.correctiveAction].filter(Boolean).join(';') };
  return (
    <Modal open title={`写经验总结 · ${complaint.number}`} onOk={() => void submit()} onCancel={onClose} confirmLoading={pending} okText="存入经验库" destroyOnHidden width={600}>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()} data-testid="lesson-form">
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写经验总结的标题' }]}>
          <Input maxLength={60} placeholder="例如:卫生间漏水先查楼上防水" autoFocus />
        </Form.Item>
        <Form.Item name="text" label="经验总结" rules={[{ required: true, whitespace: true, message: '请填写经验总结' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="steps" label="处理步骤(每行一步)">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
