import { Alert, Form, Radio } from 'antd';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

interface Values {
  decision?: 'approve' | 'return';
  comment?: string;
}

const decisionOptions = [
  { value: 'approve', label: '同意' },
  { value: 'return', label: '退回重新处理' },
];

/** 审核/批示: a supervisor agrees to the proposed resolution (it then waits for the revisit) or sends it back. */
export function ReviewModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const glyphRule = useGlyphRule();
  const invalid = complaint.validity === 'invalid';
  return (
    <StepModal<'complaints.review', Values>
      open={open}
      title={`审核批示 · ${complaint.number}`}
      channel="complaints.review"
      toInput={(values) => ({ id: complaint.id, decision: values.decision!, comment: values.comment ?? '' })}
      fields={['decision', 'comment']}
      success={(saved) => (saved.status === 'inProgress' ? '已退回重新处理' : '已同意处理结果')}
      initialValues={{ decision: 'approve' }}
      okText="提交批示"
      onClose={onClose}
    >
      <Alert
        type="info"
        title={`处理结果(${invalid ? '无效投诉' : '有效投诉'}):${complaint.handlingResult ?? '—'}`}
        description={invalid ? '同意后本投诉以“无效”结案,不再回访。' : '同意后等待回访。'}
        style={{ marginBottom: 12 }}
      />
      <Form.Item name="decision" label={stepLabels.decision} rules={[{ required: true, message: '请选择同意或退回' }]}>
        <Radio.Group options={decisionOptions} optionType="button" />
      </Form.Item>
      <Form.Item name="comment" label={stepLabels.comment} rules={[{ required: true, whitespace: true, message: '请填写批示' }, glyphRule]}>
        <SubmitTextArea maxLength={1000} autoFocus />
      </Form.Item>
    </StepModal>
  );
}
