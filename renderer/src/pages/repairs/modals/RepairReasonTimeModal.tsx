import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RepairRecord } from '../../../../../shared/domain/repairs/repairRecords';
import { MinuteDateTimePicker } from '../../../forms/MinuteDateTimePicker';
import { toLocalDateTime } from '../../../forms/localTime';
import { StepModal } from '../../../forms/StepModal';

interface Values {
  at: Dayjs;
  reason: string;
}

/** A new time with its reason: 约定新时间 (the assignee cannot come in time) or 批准超时 (supervisor). */
export function RepairReasonTimeModal(props: { open: boolean; kind: 'agreeTime' | 'approveOverrun'; repair: RepairRecord; onClose: () => void }) {
  const { open, kind, repair, onClose } = props;
  const collecting = repair.status === 'dispatched';
  const label = kind === 'agreeTime' ? `约定的${collecting ? '接单' : '到场'}时间` : '批准的完成时间';
  const fields = ['at', 'reason'] as const;
  const children = (
    <>
      <Form.Item name="at" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
        <MinuteDateTimePicker when="future" />
      </Form.Item>
      <Form.Item name="reason" label={kind === 'agreeTime' ? '不能按时赶到的原因' : '超时原因'} rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
  return kind === 'agreeTime' ? (
    <StepModal<'repairs.agreeTime', Values>
      width={600}
      open={open}
      title={`约定新时间 · ${repair.number}`}
      channel="repairs.agreeTime"
      fields={fields}
      rename={{ agreedAt: 'at' }}
      toInput={(values) => ({ id: repair.id, agreedAt: toLocalDateTime(values.at), reason: values.reason })}
      success="已约定新时间"
      onClose={onClose}
    >
      {children}
    </StepModal>
  ) : (
    <StepModal<'repairs.approveOverrun', Values>
      width={600}
      open={open}
      title={`批准超时 · ${repair.number}`}
      channel="repairs.approveOverrun"
      fields={fields}
      rename={{ newDueAt: 'at' }}
      toInput={(values) => ({ id: repair.id, newDueAt: toLocalDateTime(values.at), reason: values.reason })}
      success="已批准超时"
      onClose={onClose}
    >
      {children}
    </StepModal>
  );
}
