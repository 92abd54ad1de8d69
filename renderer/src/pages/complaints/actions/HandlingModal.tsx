import { useCurrentStaff } from '../../../auth/currentStaff';
import { HandlingFields, handlingFieldNames, handlingInput, type HandlingValues } from './HandlingFields';
import { StepModal } from '../../../forms/StepModal';
import type { StepProps } from './stepLabels';

/** 登记调查处理: the middle of the paper form, from 调查情况及结果 to 处理结果(须说明过失人); then it goes for review. */
export function HandlingModal({ detail, open, onClose }: StepProps) {
  const { complaint, workOrders } = detail;
  const staff = useCurrentStaff();
  const department = workOrders.at(-1)?.departmentId ?? null;
  return (
    <StepModal<'complaints.recordHandling', HandlingValues>
      open={open}
      title={`登记调查处理 · ${complaint.number}`}
      channel="complaints.recordHandling"
      toInput={(values) => handlingInput(complaint.id, values)}
      fields={handlingFieldNames}
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
