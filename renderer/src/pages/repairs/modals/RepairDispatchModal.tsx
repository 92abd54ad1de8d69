import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RepairRecord } from '../../../../../shared/domain/repairs/repairRecords';
import { MinuteDateTimePicker } from '../../../forms/MinuteDateTimePicker';
import { toLocalDateTime } from '../../../forms/localTime';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { StaffSelect } from '../../../components/StaffSelect';
import { StepModal } from '../../../forms/StepModal';

interface Values {
  departmentId: number;
  assigneeStaffId: number;
  dueAt?: Dayjs | null;
  instructions?: string;
}

/** 派工 / 改派: department and assignee; 要求完成时间 defaults to the setting (非维修类 5 天). */
export function RepairDispatchModal({ open, repair, onClose }: { open: boolean; repair: RepairRecord; onClose: () => void }) {
  return (
    <StepModal<'repairs.dispatch', Values>
      width={600}
      open={open}
      title={`${repair.status === 'accepted' ? '派工' : '改派'} · ${repair.number}`}
      channel="repairs.dispatch"
      fields={['departmentId', 'assigneeStaffId', 'dueAt', 'instructions']}
      initialValues={{ ...(repair.departmentId !== null && { departmentId: repair.departmentId }) }}
      toInput={(values) => ({
        id: repair.id,
        departmentId: values.departmentId,
        assigneeStaffId: values.assigneeStaffId,
        dueAt: values.dueAt ? toLocalDateTime(values.dueAt) : null,
        instructions: values.instructions ?? null,
      })}
      success={(saved) => `已派给 ${saved.assigneeName ?? ''}`}
      onClose={onClose}
    >
      <Form.Item name="departmentId" label="接单部门" rules={[{ required: true, message: '请选择接单部门' }]}>
        <DepartmentSelect />
      </Form.Item>
      <Form.Item name="assigneeStaffId" label="接单人" rules={[{ required: true, message: '请选择接单人' }]}>
        <AssigneeSelect />
      </Form.Item>
      <Form.Item name="dueAt" label="要求完成时间" extra="不填则按设置:维修类按默认天数,非维修类 5 天">
        <MinuteDateTimePicker when="future" />
      </Form.Item>
      <Form.Item name="instructions" label="派工说明">
        <Input maxLength={500} />
      </Form.Item>
    </StepModal>
  );
}

/** Offers the chosen department's people first; inside the dialog's form, so it can watch the department. */
function AssigneeSelect(props: { value?: number; onChange?: (value: number) => void }) {
  const form = Form.useFormInstance();
  const departmentId = Form.useWatch<number | undefined>('departmentId', form);
  return <StaffSelect departmentId={departmentId ?? null} {...props} />;
}
