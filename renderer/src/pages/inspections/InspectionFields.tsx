import { Form, Input, Radio } from 'antd';
import { inspectionOutcomes } from '../../../../shared/domain/inspections/inspection';
import { MinuteDateTimePicker } from '../../forms/MinuteDateTimePicker';
import { SubmitTextArea } from '../../forms/SubmitTextArea';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { StaffSelect } from '../../components/StaffSelect';

const outcomeOptions = Object.entries(inspectionOutcomes).map(([value, label]) => ({ value, label }));

/** The fields of the 客户投诉巡查记录表, in the paper's order: when, where, who, what was found, what next. */
export function InspectionFields({ withReason }: { withReason: boolean }) {
  const glyphRule = useGlyphRule();
  const followUp = Form.useWatch('outcome') === 'followUp';
  return (
    <>
      <Form.Item name="inspectedAt" label="巡查时间" rules={[{ required: true, message: '请填写巡查时间' }]}>
        <MinuteDateTimePicker when="past" allowClear={false} />
      </Form.Item>
      <Form.Item name="place" label="巡查地点" rules={[{ required: true, whitespace: true, message: '请填写巡查地点' }, glyphRule]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="inspectorStaffId" label="巡查人员" rules={[{ required: true, message: '请选择巡查人员' }]}>
        <StaffSelect />
      </Form.Item>
      <Form.Item name="findings" label="巡查情况" rules={[{ required: true, whitespace: true, message: '请填写巡查情况' }, glyphRule]}>
        <SubmitTextArea maxLength={2000} autoFocus placeholder="现场观察、调查和反馈的情况" />
      </Form.Item>
      <Form.Item name="outcome" label="巡查结果" rules={[{ required: true, message: '请选择巡查结果' }]}>
        <Radio.Group options={outcomeOptions} optionType="button" />
      </Form.Item>
      <Form.Item
        name="followUp"
        label="采取的措施 / 跟进安排"
        rules={[{ required: followUp, whitespace: true, message: '需继续跟进时请写明跟进措施' }, glyphRule]}
      >
        <SubmitTextArea maxLength={1000} />
      </Form.Item>
      {withReason && (
        <Form.Item name="reason" label="更正原因" rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
    </>
  );
}
