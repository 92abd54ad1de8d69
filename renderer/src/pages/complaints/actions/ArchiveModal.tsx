import { Alert, Form } from 'antd';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { StaffSelect } from '../../../components/StaffSelect';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

/** 归档 (销项后): the paper's 归档负责人. The service refuses while the signed paper is neither scanned nor waived. */
export function ArchiveModal({ detail, open, onClose }: StepProps) {
  const { complaint, attachments } = detail;
  const staff = useCurrentStaff();
  const scanMissing = !attachments.some((attachment) => attachment.kind === 'signedForm') && complaint.scanWaiverReason === null;
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
    >
      {scanMissing && <Alert type="warning" showIcon title="尚未上传签字的纸质表扫描件,也没有主管批准免交。" style={{ marginBottom: 12 }} />}
      <Form.Item name="archiverStaffId" label={stepLabels.archiverStaffId} rules={[{ required: true, message: '请选择归档负责人' }]}>
        <StaffSelect autoFocus />
      </Form.Item>
    </StepModal>
  );
}
