import { Alert, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { MinuteDateTimePicker } from '../../../forms/MinuteDateTimePicker';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { toLocalDateTime } from '../../../forms/localTime';
import { officeNow } from '../../../forms/officeNow';
import { StepModal } from '../../../forms/StepModal';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import type { StepProps } from './stepLabels';

interface Values {
  reply?: string;
  repliedAt?: Dayjs;
}

/** 答复业主 for a 无效 complaint (DOMAIN §1): it is still answered politely, then archived like any other. */
export function ReplyModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const glyphRule = useGlyphRule();
  return (
    <StepModal<'complaints.reply', Values>
      open={open}
      title={`答复业主 · ${complaint.number}`}
      channel="complaints.reply"
      toInput={(values) => ({ id: complaint.id, reply: values.reply ?? '', repliedAt: values.repliedAt ? toLocalDateTime(values.repliedAt) : '' })}
      fields={['reply', 'repliedAt']}
      success="已登记答复,可以归档"
      initialValues={{ repliedAt: officeNow(), reply: complaint.ownerReply ?? undefined }}
      okText="保存答复"
      onClose={onClose}
    >
      <Alert type="info" showIcon title="无效投诉也须礼貌答复业主,说明原因;答复后归档。" style={{ marginBottom: 12 }} />
      <Form.Item name="reply" label="答复内容" rules={[{ required: true, whitespace: true, message: '请填写答复业主的内容' }, glyphRule]}>
        <SubmitTextArea maxLength={1000} autoFocus />
      </Form.Item>
      <Form.Item name="repliedAt" label="答复时间" rules={[{ required: true, message: '请填写答复时间' }]}>
        <MinuteDateTimePicker when="past" allowClear={false} />
      </Form.Item>
    </StepModal>
  );
}
