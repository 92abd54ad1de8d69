import { Form } from 'antd';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { StaffSelect } from '../../../components/StaffSelect';
import { stepLabels } from './stepLabels';
import { MinuteDateTimePicker } from '../../../forms/MinuteDateTimePicker';

/** 派工's fields: the chosen department's people are offered first as 接单人. */
export function DispatchFields() {
  const departmentId = Form.useWatch('departmentId') as number | undefined;
  return (
    <>
      <Form.Item name="departmentId" label={stepLabels.departmentId} rules={[{ required: true, message: '请选择接单部门' }]}>
        <DepartmentSelect autoFocus />
      </Form.Item>
      <Form.Item name="assigneeStaffId" label={stepLabels.assigneeStaffId} rules={[{ required: true, message: '请选择接单人' }]}>
        <StaffSelect departmentId={departmentId ?? null} />
      </Form.Item>
      <Form.Item name="dueAt" label={stepLabels.dueAt} extra="不填则按部门答复时限(工作日)自动计算">
        <MinuteDateTimePicker when="future" />
      </Form.Item>
      <Form.Item name="instructions" label={stepLabels.instructions}>
        <SubmitTextArea maxLength={500} placeholder="需要接单人注意的事项,如业主在家时间" />
      </Form.Item>
    </>
  );
}
