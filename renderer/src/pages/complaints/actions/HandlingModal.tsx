import type { ComplaintValidity } from '../../../../../shared/domain/complaints/complaint';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { HandlingFields } from './HandlingFields';
import { StepModal } from '../../../forms/StepModal';
import type { StepProps } from './stepLabels';

interface Values {
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

const fields = ['investigatorStaffId', 'findings', 'validity', 'emergencyMeasure', 'emergencyStaffId', 'causeAnalysis', 'correctionPeriod', 'correctiveAction', 'result', 'personAtFault'];

/** 登记调查处理: the middle of the paper form, from 调查情况及结果 to 处理结果(须说明过失人); then it goes for review. */
export function HandlingModal({ detail, open, onClose }: StepProps) {
  const { complaint, workOrders } = detail;
  const staff = useCurrentStaff();
  const department = workOrders.at(-1)?.departmentId ?? null;
  return (
    <StepModal<'complaints.recordHandling', Values>
      open={open}
      title={`登记调查处理 · ${complaint.number}`}
      channel="complaints.recordHandling"
      toInput={(values) => ({
        id: complaint.id,
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
      })}
      fields={fields}
      success="调查处理结果已登记,已提交审核"
      initialValues={{ investigatorStaffId: workOrders.at(-1)?.assigneeStaffId ?? staff.staffId }}
      okText="提交审核"
      width={820}
      onClose={onClose}
    >
      <HandlingFields department={department} />
    </StepModal>
  );
}
