import { Form, Typography } from 'antd';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { useCurrentStaff } from '../../auth/currentStaff';

/** 受理人: not chosen but whoever is signed in, who the main process records as the receiver. */
export function SignedInReceiver() {
  const staff = useCurrentStaff();
  return (
    <Form.Item label={fieldLabels.receiverStaffId} extra="登记人即当前登录的员工">
      <Typography.Text strong data-testid="intake-receiver">
        {staff.name}({staff.departmentName})
      </Typography.Text>
    </Form.Item>
  );
}
