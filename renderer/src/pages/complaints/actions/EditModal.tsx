import { Alert, Col, Form, Row } from 'antd';
import { useDepartments } from '../../../api/queries';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { ClassificationFields } from '../ClassificationFields';
import { ComplainantFields } from '../ComplainantFields';
import { DescriptionFields } from '../DescriptionFields';
import { intakeFieldNames, intakeValuesOf, toIntakeInput, type IntakeValues } from '../intakeValues';
import { ReceptionFields } from '../ReceptionFields';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

type Values = IntakeValues & { reason?: string };

/**
 * 更正登记内容: the intake form again, filled with the record. Once the form has been printed for signature the
 * change makes a new revision and needs a reason, which the history keeps.
 */
export function EditModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const departments = useDepartments();
  const glyphRule = useGlyphRule();
  const printed = complaint.printedRevision !== null;
  return (
    <StepModal<'complaints.edit', Values>
      open={open}
      title={`更正登记内容 · ${complaint.number}`}
      channel="complaints.edit"
      toInput={(values) => ({ ...toIntakeInput(values), id: complaint.id, reason: values.reason ?? null })}
      fields={[...intakeFieldNames, 'reason']}
      rename={{ roomId: 'roomText' }}
      success={(saved) => (saved.revision !== complaint.revision ? `已更正,现为第 ${saved.revision} 版` : '已更正')}
      initialValues={intakeValuesOf(complaint)}
      okText="保存更正"
      width={1000}
      onClose={onClose}
    >
      {printed && (
        <Alert
          type="warning"
          showIcon
          title={`第 ${complaint.printedRevision} 版已打印交签,更正后将成为新的一版,须填写原因。`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={16}>
        <ReceptionFields glyphRule={glyphRule} />
        <ComplainantFields glyphRule={glyphRule} />
        <DescriptionFields departments={departments.data ?? []} glyphRule={glyphRule} />
        <ClassificationFields />
        <Col span={24}>
          <Form.Item
            name="reason"
            label={stepLabels.reason}
            rules={[{ required: printed, whitespace: true, message: '已打印的记录更正须填写原因' }, glyphRule]}
          >
            <SubmitTextArea maxLength={200} placeholder={printed ? '如:业主来电更正房号' : '选填'} />
          </Form.Item>
        </Col>
      </Row>
    </StepModal>
  );
}
