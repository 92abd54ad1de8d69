import { Form, Input, Modal, Select, Switch } from 'antd';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { staffRoles } from '../../../../shared/domain/office/office';
import type { Department, Staff } from '../../../../shared/domain/office/officeRecords';
import type { Editing } from '../../forms/editing';
import { useCurrentStaff } from '../../auth/currentStaff';
import { useSaveForm } from '../../forms/useSaveForm';
import { useGlyphRule } from '../../hooks/useGlyphRule';

type StaffValues = ChannelInput<'staff.save'>;
const allRoles = Object.entries(staffRoles).map(([value, label]) => ({ value, label }));

interface Props {
  editing: Editing<Staff>;
  departments: Department[];
  /** With the saved member after a save, without after cancel. */
  onClose: (saved?: Staff) => void;
}

/** 员工: the full phone is shown here, where it is edited; the table masks it. */
export function StaffModal({ editing, departments, onClose }: Props) {
  const glyphRule = useGlyphRule();
  // Only a manager makes someone a manager, as only a manager sets a manager's password.
  const roleOptions = useCurrentStaff().allows('manager') ? allRoles : allRoles.filter((role) => role.value !== 'manager');
  const [form] = Form.useForm<StaffValues>();
  const existing = editing === 'new' ? null : editing;
  const { submit, pending } = useSaveForm({
    channel: 'staff.save',
    form,
    toInput: (values) => ({ ...values, phone: values.phone || null, id: existing?.id }),
    // The sign-in screen lists active staff with their names and roles.
    success: '员工信息已保存',
    fields: ['name', 'departmentId', 'role', 'phone', 'active'],
    onDone: (saved) => onClose(saved),
  });
  const departmentOptions = departments
    .filter((department) => department.active || department.id === existing?.departmentId)
    .map((department) => ({ value: department.id, label: department.name }));

  return (
    <Modal
      title={existing ? '修改员工' : '新增员工'}
      open={editing !== null}
      onOk={() => void submit()}
      onCancel={() => onClose()}
      okText="保存"
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<StaffValues>
        form={form}
        name="staff"
        layout="vertical"
        preserve={false}
        initialValues={existing ?? { role: 'clerk', active: true }}
        onFinish={() => void submit()}
      >
        <Form.Item name="name" label="员工姓名" rules={[{ required: true, whitespace: true, message: '请填写员工姓名' }, glyphRule]}>
          <Input maxLength={20} autoFocus />
        </Form.Item>
        <Form.Item name="departmentId" label={fieldLabels.departmentId} rules={[{ required: true, message: '请选择部门' }]}>
          <Select options={departmentOptions} placeholder="选择部门" />
        </Form.Item>
        <Form.Item name="role" label={fieldLabels.role} rules={[{ required: true, message: '请选择岗位角色' }]}>
          <Select options={roleOptions} />
        </Form.Item>
        <Form.Item name="phone" label={fieldLabels.phone}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Form.Item name="active" label={fieldLabels.active} valuePropName="checked">
          <Switch checkedChildren="在职" unCheckedChildren="停用" />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
