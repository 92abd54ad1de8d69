import { Form, Input } from 'antd';
import type { RepairRecord } from '../../../../../shared/domain/repairs/repairRecords';
import { StepModal } from '../../../forms/StepModal';

/** 作废: never deleted; the reason stays on the record. */
export function RepairVoidModal({ open, repair, onClose }: { open: boolean; repair: RepairRecord; onClose: () => void }) {
  return (
    <StepModal<'repairs.void', { reason: string }>
      width={600}
      open={open}
      title={`作废报修 · ${repair.number}`}
      channel="repairs.void"
      fields={['reason']}
      toInput={(values) => ({ id: repair.id, reason: values.reason })}
      success="报修已作废"
      okText="作废"
      danger
      onClose={onClose}
    >
      <Form.Item name="reason" label="作废原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
        <Input maxLength={200} />
      </Form.Item>
    </StepModal>
  );
}
