import type { Dayjs } from 'dayjs';
import type { RevisitMethod, SatisfactionLevel } from '../../../../../shared/domain/complaintLifecycle';
import { toLocalDateTime } from '../../../forms/localTime';
import { officeNow } from '../../../forms/officeNow';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { RevisitFields } from './RevisitFields';
import { StepModal } from './StepModal';
import type { StepProps } from './stepLabels';

interface Values {
  method?: RevisitMethod;
  revisitorStaffId?: number;
  revisitedAt?: Dayjs;
  feedback?: string;
  satisfaction?: SatisfactionLevel;
}


/** 回访: the owner's feedback and satisfaction; 满意/较满意 closes the case (销项), 不满意 reopens it. */
export function RevisitModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const staff = useCurrentStaff();
  return (
    <StepModal<'complaints.revisit', Values>
      open={open}
      title={`回访 · ${complaint.number}`}
      channel="complaints.revisit"
      toInput={(values) => ({
        id: complaint.id,
        method: values.method!,
        revisitorStaffId: values.revisitorStaffId!,
        revisitedAt: values.revisitedAt ? toLocalDateTime(values.revisitedAt) : '',
        feedback: values.feedback ?? '',
        satisfaction: values.satisfaction!,
      })}
      fields={['method', 'revisitorStaffId', 'revisitedAt', 'feedback', 'satisfaction']}
      success={(saved) => (saved.status === 'resolved' ? '回访已登记,投诉已销项' : `业主不满意,投诉已重新打开(第 ${saved.round} 轮)`)}
      initialValues={{ method: 'phone', revisitorStaffId: staff.staffId, revisitedAt: officeNow() }}
      okText="保存回访"
      onClose={onClose}
    >
      <RevisitFields nextRound={complaint.round + 1} />
    </StepModal>
  );
}
