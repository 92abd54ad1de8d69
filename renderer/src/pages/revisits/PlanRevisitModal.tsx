import { Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import type { RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import { MinuteDateTimePicker } from '../../forms/MinuteDateTimePicker';
import { toLocalDateTime } from '../../forms/localTime';
import { officeNow } from '../../forms/officeNow';
import { useSaveForm } from '../../forms/useSaveForm';

interface Values {
  windowFrom?: Dayjs;
  dueAt?: Dayjs;
  reason?: string;
}

/** 手工计划回访: the owner asked to be called again, or the office wants to check later. */
export function PlanRevisitModal({ subjectKind, subjectId, open, onClose }: { subjectKind: RevisitSubjectKind; subjectId: number; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { submit, pending } = useSaveForm({
    channel: 'revisits.plan',
    form,
    toInput: (values) => ({
      subjectKind,
      subjectId,
      windowFrom: values.windowFrom ? toLocalDateTime(values.windowFrom) : '',
      dueAt: values.dueAt ? toLocalDateTime(values.dueAt) : '',
      reason: values.reason ?? '',
    }),
    success: (saved) => `已计划回访 ${saved.revisit.number}`,
    fields: ['windowFrom', 'dueAt', 'reason'],
    onDone: (saved) => {
      onClose();
      navigate(`/revisits/${saved.revisit.id}`);
    },
  });
  return (
    <Modal title="计划回访" open={open} onOk={() => void submit()} onCancel={onClose} okText="计划" confirmLoading={pending} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ windowFrom: officeNow().add(1, 'day').startOf('day'), dueAt: officeNow().add(7, 'day').endOf('day') }} onFinish={() => void submit()}>
        <Form.Item name="windowFrom" label="回访开始" rules={[{ required: true, message: '请选择开始时间' }]}>
          <MinuteDateTimePicker when="future" allowClear={false} />
        </Form.Item>
        <Form.Item name="dueAt" label="回访截止" rules={[{ required: true, message: '请选择截止时间' }]}>
          <MinuteDateTimePicker when="future" allowClear={false} />
        </Form.Item>
        <Form.Item name="reason" label="回访事由" rules={[{ required: true, whitespace: true, message: '请填写回访事由' }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
