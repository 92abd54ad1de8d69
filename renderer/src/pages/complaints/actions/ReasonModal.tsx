import { Alert, Form } from 'antd';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

interface Props extends StepProps {
  channel: 'complaints.void' | 'complaints.waiveSignedScan' | 'complaints.dispute';
  title: string;
  /** What saving it means, said before the clerk does it. */
  warning: string;
  success: string;
  danger?: boolean;
}

/** A step that is only a reason: 作废, 免交签字件, 提出异议. */
export function ReasonModal({ detail, open, onClose, channel, title, warning, success, danger }: Props) {
  const glyphRule = useGlyphRule();
  return (
    <StepModal<typeof channel, { reason?: string }>
      open={open}
      title={`${title} · ${detail.complaint.number}`}
      channel={channel}
      toInput={(values) => ({ id: detail.complaint.id, reason: values.reason ?? '' })}
      fields={['reason']}
      success={success}
      okText={title}
      danger={danger ?? false}
      onClose={onClose}
    >
      <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label={stepLabels.reason} rules={[{ required: true, whitespace: true, message: '请填写原因' }, glyphRule]}>
        <SubmitTextArea maxLength={200} autoFocus />
      </Form.Item>
    </StepModal>
  );
}
