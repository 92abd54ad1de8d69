import { Alert, Form, Radio } from 'antd';
import { disputeStatuses } from '../../../../../shared/domain/complaints/complaintParts';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { StepModal } from '../../../forms/StepModal';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import type { StepProps } from './stepLabels';

interface Values {
  decision?: 'upheld' | 'revised';
  comment?: string;
}

const decisionOptions = (['upheld', 'revised'] as const).map((value) => ({ value, label: disputeStatuses[value] }));

/** seed 004: the level above decides a department's 异议 — the desk's resolution stands, or the desk revises it. */
export function DisputeDecisionModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const glyphRule = useGlyphRule();
  const pending = detail.disputes.find((dispute) => dispute.status === 'pending');
  return (
    <StepModal<'complaints.decideDispute', Values>
      open={open}
      title={`裁决异议 · ${complaint.number}`}
      channel="complaints.decideDispute"
      toInput={(values) => ({ id: complaint.id, decision: values.decision!, comment: values.comment ?? '' })}
      fields={['decision', 'comment']}
      success={(saved) => (saved.status === 'accepted' ? '已裁决:客服部修改处理意见后重新派工' : '已裁决:责任部门按原处理意见执行')}
      initialValues={{ decision: 'upheld' }}
      okText="提交裁决"
      onClose={onClose}
    >
      {pending && <Alert type="warning" showIcon title={`${pending.departmentName ?? '责任部门'}的异议:${pending.reason}`} style={{ marginBottom: 12 }} />}
      <Form.Item name="decision" label="裁决" rules={[{ required: true, message: '请选择维持原处理意见或修改处理意见' }]}>
        <Radio.Group options={decisionOptions} optionType="button" />
      </Form.Item>
      <Form.Item name="comment" label="裁决意见" rules={[{ required: true, whitespace: true, message: '请填写裁决意见' }, glyphRule]}>
        <SubmitTextArea maxLength={500} autoFocus />
      </Form.Item>
    </StepModal>
  );
}
