import { Form, Select, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { staffRoles } from '../../../../shared/domain/office';
import type { Staff } from '../../../../shared/domain/records';
import { rememberReceiver } from '../../forms/lastReceiver';

/** 受理人: active staff only; the last choice is remembered for the next complaint. */
export function ReceiverField({ staff }: { staff: Staff[] }) {
  const active = staff.filter((member) => member.active);
  return (
    <Form.Item
      name="receiverStaffId"
      label={fieldLabels.receiverStaffId}
      rules={[{ required: true, message: '请选择受理人' }]}
      extra={active.length === 0 ? <Link to="/settings?tab=staff">还没有员工,请先在设置中添加</Link> : undefined}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="选择受理人"
        options={active.map((member) => ({ value: member.id, label: member.name }))}
        optionRender={(option) => {
          const member = active.find((candidate) => candidate.id === option.value);
          return (
            <span>
              {option.label}
              {member && <Typography.Text type="secondary"> {member.departmentName} · {staffRoles[member.role]}</Typography.Text>}
            </span>
          );
        }}
        onChange={(value: number) => rememberReceiver(value)}
      />
    </Form.Item>
  );
}
