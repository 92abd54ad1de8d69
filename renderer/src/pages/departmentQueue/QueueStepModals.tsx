import { Alert, Form } from 'antd';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { useCurrentStaff } from '../../auth/currentStaff';
import { StepModal } from '../../forms/StepModal';
import { SubmitTextArea } from '../../forms/SubmitTextArea';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { HandlingFields, handlingFieldNames, handlingInput, type HandlingValues } from '../complaints/complaintPages';

interface Props {
  order: WorkOrder;
  open: boolean;
  onClose: () => void;
}

/** 登记处理 from the queue: the paper's handling block, the worker as 调查人; then the desk's supervisor reviews it. */
export function QueueHandlingModal({ order, open, onClose }: Props) {
  const staff = useCurrentStaff();
  return (
    <StepModal<'complaints.recordHandling', HandlingValues>
      open={open}
      title={`登记处理 · ${order.complaintNumber ?? order.number}`}
      channel="complaints.recordHandling"
      toInput={(values) => handlingInput(order.complaintId!, values)}
      fields={handlingFieldNames}
      success={`派工单 ${order.number} 的处理结果已登记,已提交审核`}
      initialValues={{ investigatorStaffId: staff.staffId }}
      okText="提交审核"
      width={820}
      onClose={onClose}
    >
      <HandlingFields department={order.departmentId} self={{ staffId: staff.staffId, name: staff.name }} />
    </StepModal>
  );
}

/** 提出异议: the department does not accept the desk's resolution; the level above decides, the order waits. */
export function QueueDisputeModal({ order, open, onClose }: Props) {
  const glyphRule = useGlyphRule();
  return (
    <StepModal<'complaints.dispute', { reason?: string }>
      open={open}
      title={`提出异议 · ${order.complaintNumber ?? order.number}`}
      channel="complaints.dispute"
      toInput={(values) => ({ id: order.complaintId!, reason: values.reason ?? '' })}
      fields={['reason']}
      success={`已提出异议,派工单 ${order.number} 等待上一级裁决`}
      okText="提出异议"
      onClose={onClose}
    >
      <Alert type="warning" showIcon title="提出后由上一级裁决;裁决之前本单不能登记处理。" style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label="异议理由" rules={[{ required: true, whitespace: true, message: '请填写异议理由' }, glyphRule]}>
        <SubmitTextArea maxLength={500} autoFocus />
      </Form.Item>
    </StepModal>
  );
}
