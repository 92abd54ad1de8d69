import { Alert, Form, Radio } from 'antd';
import { revisitMethods, satisfactionLevels } from '../../../../../shared/domain/complaintLifecycle';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { StaffSelect } from './StaffSelect';
import { stepLabels } from './stepLabels';
import { MinuteDateTimePicker } from '../../../forms/MinuteDateTimePicker';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 回访's fields; choosing 不满意 says before saving that the case will reopen for another round. */
export function RevisitFields({ nextRound }: { nextRound: number }) {
  const glyphRule = useGlyphRule();
  const unsatisfied = Form.useWatch('satisfaction') === 'unsatisfied';
  return (
    <>
      <Form.Item name="method" label={stepLabels.method} rules={[{ required: true, message: '请选择回访方式' }]}>
        <Radio.Group options={options(revisitMethods)} optionType="button" />
      </Form.Item>
      <Form.Item name="revisitorStaffId" label={stepLabels.revisitorStaffId} rules={[{ required: true, message: '请选择回访人' }]}>
        <StaffSelect />
      </Form.Item>
      <Form.Item name="revisitedAt" label={stepLabels.revisitedAt} rules={[{ required: true, message: '请填写回访时间' }]}>
        <MinuteDateTimePicker when="past" allowClear={false} />
      </Form.Item>
      <Form.Item name="feedback" label={stepLabels.feedback} rules={[{ required: true, whitespace: true, message: '请填写客户反馈意见' }, glyphRule]}>
        {/* 方式, 回访人 and 时间 come filled in: the owner's words are what is left to type. */}
        <SubmitTextArea maxLength={1000} autoFocus />
      </Form.Item>
      <Form.Item name="satisfaction" label={stepLabels.satisfaction} rules={[{ required: true, message: '请选择满意程度' }]}>
        <Radio.Group options={options(satisfactionLevels)} optionType="button" />
      </Form.Item>
      {unsatisfied && (
        <Alert
          type="warning"
          showIcon
          data-testid="reopen-warning"
          title={`业主不满意:保存后投诉将重新打开,进入第 ${nextRound} 轮处理,并通知经理。`}
        />
      )}
    </>
  );
}
