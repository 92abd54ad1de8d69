import { Form } from 'antd';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

interface Values {
  departmentId?: number | null;
  note?: string;
}

/** 要求纠正/预防措施报告: the responsible department owes a numbered report within the limit (default 5 working days). */
export function CapaRequestModal({ detail, open, onClose }: StepProps) {
  const { complaint, workOrders } = detail;
  const glyphRule = useGlyphRule();
  return (
    <StepModal<'complaints.requestCapa', Values>
      open={open}
      title={`要求纠正/预防措施报告 · ${complaint.number}`}
      channel="complaints.requestCapa"
      toInput={(values) => ({ id: complaint.id, departmentId: values.departmentId ?? null, note: values.note ?? null })}
      fields={['departmentId', 'note']}
      success="已要求提交纠正/预防措施报告"
      initialValues={{ departmentId: workOrders.at(-1)?.departmentId ?? complaint.targetDepartmentId ?? undefined }}
      okText="发出要求"
      onClose={onClose}
    >
      <Form.Item name="departmentId" label={stepLabels.capaDepartmentId} extra="不选则为最后接单的部门或被投诉部门">
        <DepartmentSelect allowClear autoFocus />
      </Form.Item>
      <Form.Item name="note" label={stepLabels.note} rules={[glyphRule]}>
        <SubmitTextArea maxLength={500} />
      </Form.Item>
    </StepModal>
  );
}
