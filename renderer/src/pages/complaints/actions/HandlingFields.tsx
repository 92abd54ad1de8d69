import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { complaintValidities, type ComplaintValidity } from '../../../../../shared/domain/complaints/complaint';
import { correctionPeriods } from '../../../../../shared/domain/complaints/complaintLifecycle';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { StaffSelect } from '../../../components/StaffSelect';
import { stepLabels } from './stepLabels';

const validityOptions = Object.entries(complaintValidities).map(([value, label]) => ({ value, label }));
const periodOptions = correctionPeriods.map((period) => ({ value: period, label: period }));

/** What the handling block's fields hold, named as `complaints.recordHandling` takes them. */
export interface HandlingValues {
  investigatorStaffId?: number;
  findings?: string;
  validity?: ComplaintValidity;
  emergencyMeasure?: string;
  emergencyStaffId?: number | null;
  causeAnalysis?: string;
  correctionPeriod?: string;
  correctiveAction?: string;
  result?: string;
  personAtFault?: string;
}

export const handlingFieldNames = ['investigatorStaffId', 'findings', 'validity', 'emergencyMeasure', 'emergencyStaffId', 'causeAnalysis', 'correctionPeriod', 'correctiveAction', 'result', 'personAtFault'];

/** The `complaints.recordHandling` input for complaint `id`: blanks left out of the form are sent as empty. */
export function handlingInput(id: number, values: HandlingValues) {
  return {
    id,
    investigatorStaffId: values.investigatorStaffId!,
    findings: values.findings ?? '',
    validity: values.validity!,
    emergencyMeasure: values.emergencyMeasure ?? null,
    emergencyStaffId: values.emergencyStaffId ?? null,
    causeAnalysis: values.causeAnalysis ?? null,
    correctionPeriod: values.correctionPeriod ?? null,
    correctiveAction: values.correctiveAction ?? null,
    result: values.result ?? '',
    personAtFault: values.personAtFault ?? null,
  };
}

interface Props {
  department: number | null;
  /**
   * A department's own worker (部门员工) records what they did themselves: 调查人 and 实施人 can only be them, and
   * the office's staff list (which they may not read) is not asked for.
   */
  self?: { staffId: number; name: string };
}

/** The paper's handling block as fields; 实施人 becomes required once an 应急措施 is written. */
export function HandlingFields({ department, self }: Props) {
  const glyphRule = useGlyphRule();
  const emergency = Boolean((Form.useWatch('emergencyMeasure') as string | undefined)?.trim());
  const staffPicker = (props: { autoFocus?: boolean; allowClear?: boolean }) =>
    self ? <Select {...props} options={[{ value: self.staffId, label: self.name }]} placeholder="选择员工" /> : <StaffSelect departmentId={department} {...props} />;
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="investigatorStaffId" label={stepLabels.investigatorStaffId} rules={[{ required: true, message: '请选择调查人' }]}>
          {staffPicker({ autoFocus: true })}
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="validity" label={stepLabels.validity} rules={[{ required: true, message: '请选择有效投诉或无效投诉' }]}>
          <Radio.Group options={validityOptions} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="findings" label={stepLabels.findings} rules={[{ required: true, whitespace: true, message: '请填写调查情况及结果' }, glyphRule]}>
          <SubmitTextArea maxLength={2000} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="emergencyMeasure" label={stepLabels.emergencyMeasure} rules={[glyphRule]}>
          <SubmitTextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="emergencyStaffId" label={stepLabels.emergencyStaffId} rules={[{ required: emergency, message: '有应急措施时请选择实施人' }]}>
          {staffPicker({ allowClear: true })}
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="causeAnalysis" label={stepLabels.causeAnalysis} rules={[glyphRule]}>
          <SubmitTextArea maxLength={1000} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="correctionPeriod" label={stepLabels.correctionPeriod}>
          <Select allowClear options={periodOptions} placeholder="选择期限" />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="correctiveAction" label={stepLabels.correctiveAction} rules={[glyphRule]}>
          <SubmitTextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="result" label={stepLabels.result} rules={[{ required: true, whitespace: true, message: '请填写处理结果' }, glyphRule]}>
          <SubmitTextArea maxLength={2000} placeholder="须说明工作内容、责任人、完成时间" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="personAtFault" label={stepLabels.personAtFault} rules={[glyphRule]} extra="有过失人时填写">
          <Input maxLength={40} />
        </Form.Item>
      </Col>
    </Row>
  );
}
