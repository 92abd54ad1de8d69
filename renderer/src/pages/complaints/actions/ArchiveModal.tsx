import { Form } from 'antd';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { StaffSelect } from '../../../components/StaffSelect';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

/**
 * 归档 (销项后): the paper's 归档负责人. The service refuses while the signed paper is neither scanned nor waived, or
 * while a 无效 complaint is unanswered: the dialog says so before anything is pressed, and its button stays disabled.
 */
export function ArchiveModal({ detail, open, onClose }: StepProps) {
  const { complaint, attachments } = detail;
  const staff = useCurrentStaff();
  const scanMissing = !attachments.some((attachment) => attachment.kind === 'signedForm') && complaint.scanWaiverReason === null;
  const blocked =
    complaint.status === 'invalid' && complaint.repliedAt === null
      ? '无效投诉须先登记答复业主的内容，才能归档。'
      : scanMissing
        ? '签字的纸质表还没有扫描上传，也没有主管批准免交，暂不能归档：请先“上传签字扫描件”，或请主管“免交签字件”。'
        : null;
  return (
    <StepModal<'complaints.archive', { archiverStaffId?: number }>
      open={open}
      title={`归档 · ${complaint.number}`}
      channel="complaints.archive"
      toInput={(values) => ({ id: complaint.id, archiverStaffId: values.archiverStaffId! })}
      fields={['archiverStaffId']}
      success="已归档"
      initialValues={{ archiverStaffId: staff.staffId }}
      okText="归档"
      onClose={onClose}
      blocked={blocked}
    >
      <Form.Item name="archiverStaffId" label={stepLabels.archiverStaffId} rules={[{ required: true, message: '请选择归档负责人' }]}>
        <StaffSelect autoFocus />
      </Form.Item>
    </StepModal>
  );
}
