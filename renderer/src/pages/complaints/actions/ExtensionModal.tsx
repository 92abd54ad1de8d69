import { Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DeadlineText } from '../../../components/DeadlineText';
import { toLocalDateTime } from '../../../forms/localTime';
import { officeNow } from '../../../forms/officeNow';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';
import { MinuteDateTimePicker } from '../../../forms/MinuteDateTimePicker';

interface Values {
  newDueAt?: Dayjs;
  reason?: string;
  interimMeasure?: string;
}

/** 申请延期 (seed 004): a new limit, why, and the interim measure already told to the owner; a supervisor decides. */
export function ExtensionModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const glyphRule = useGlyphRule();
  const current = complaint.dueAt ? dayjs(complaint.dueAt) : officeNow();
  return (
    <StepModal<'complaints.requestExtension', Values>
      open={open}
      title={`申请延期 · ${complaint.number}`}
      channel="complaints.requestExtension"
      toInput={(values) => ({
        id: complaint.id,
        newDueAt: values.newDueAt ? toLocalDateTime(values.newDueAt) : '',
        reason: values.reason ?? '',
        interimMeasure: values.interimMeasure ?? '',
      })}
      fields={['newDueAt', 'reason', 'interimMeasure']}
      success="延期申请已提交,等待主管审批"
      initialValues={{ newDueAt: current.add(1, 'day') }}
      okText="提交申请"
      onClose={onClose}
    >
      <Typography.Paragraph>
        现在的期限:<DeadlineText dueAt={complaint.dueAt} />
        {complaint.dueAt && <Typography.Text type="secondary">({complaint.dueAt.slice(0, 16).replace('T', ' ')})</Typography.Text>}
      </Typography.Paragraph>
      <Form.Item name="newDueAt" label={stepLabels.newDueAt} rules={[{ required: true, message: '请选择新的期限' }]}>
        <MinuteDateTimePicker when="future" from={current} allowClear={false} autoFocus />
      </Form.Item>
      <Form.Item name="reason" label={stepLabels.reason} rules={[{ required: true, whitespace: true, message: '请填写原因' }, glyphRule]}>
        <SubmitTextArea maxLength={200} />
      </Form.Item>
      <Form.Item
        name="interimMeasure"
        label={stepLabels.interimMeasure}
        rules={[{ required: true, whitespace: true, message: '请填写已告知业主的临时处理措施' }, glyphRule]}
      >
        <SubmitTextArea maxLength={500} />
      </Form.Item>
    </StepModal>
  );
}
