import type { Dayjs } from 'dayjs';
import type { WorkOrder } from '../../../../../shared/domain/workOrders/workOrder';
import { toLocalDateTime } from '../../../forms/localTime';
import { DispatchFields } from './DispatchFields';
import { StepModal } from '../../../forms/StepModal';
import type { StepProps } from './stepLabels';

interface Values {
  departmentId?: number;
  assigneeStaffId?: number;
  dueAt?: Dayjs | null;
  instructions?: string;
}

/** 派工 (or 改派 while an order is open): a numbered order to a department and a person, then print it. */
export function DispatchModal({ detail, open, onClose, onDispatched }: StepProps & { onDispatched: (order: WorkOrder) => void }) {
  const { complaint, workOrders } = detail;
  const current = workOrders.find((order) => order.status === 'issued' || order.status === 'collected');
  return (
    <StepModal<'complaints.dispatch', Values>
      open={open}
      title={current ? `改派 · ${complaint.number}(原派工单 ${current.number} 将标为已改派)` : `派工 · ${complaint.number}`}
      channel="complaints.dispatch"
      toInput={(values) => ({
        id: complaint.id,
        departmentId: values.departmentId!,
        assigneeStaffId: values.assigneeStaffId!,
        dueAt: values.dueAt ? toLocalDateTime(values.dueAt) : null,
        instructions: values.instructions ?? null,
      })}
      fields={['departmentId', 'assigneeStaffId', 'dueAt', 'instructions']}
      success={(order) => `已开出派工单 ${order.number}`}
      initialValues={{ departmentId: current?.departmentId ?? complaint.targetDepartmentId ?? undefined }}
      okText="派工"
      onClose={onClose}
      onDone={onDispatched}
    >
      <DispatchFields />
    </StepModal>
  );
}
