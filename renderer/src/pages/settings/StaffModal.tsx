import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { staffRoles } from '../../../../shared/domain/office';
import type { Department, Staff } from '../../../../shared/domain/records';
import { useChannelMutation } from '../../api/queries';
import { applyCallError } from '../../forms/applyCallError';
import { useGlyphRule } from '../../hooks/useGlyphRule';

type StaffValues = ChannelInput<'staff.save'>;
const roleOptions = Object.entries(staffRoles).map(([value, label]) => ({ value, label }));

interface Props {
  editing: Staff | 'new' | null;
  departments: Department[];
  onClose: () => void;
}

/** 员工: the full phone is shown here, where it is edited; the table masks it. */
export function StaffModal({ editing, departments, onClose }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useChannelMutation('staff.save');
  const glyphRule = useGlyphRule();
  const [form] = Form.useForm<StaffValues>();
  const existing = editing === 'new' ? null : editing;
  const departmentOptions = departments
    .filter((department) => department.active || department.id === existing?.departmentId)
    .map((department) => ({ value: department.id, label: department.name }));

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await save.mutateAsync({ ...values, phone: values.phone || null, ...(existing ? { id: existing.id } : {}) });
      await queryClient.invalidateQueries({ queryKey: ['staff.list'] });
      void message.success('员工信息已保存');
      onClose();
    } catch (error) {
      applyCallError(form, error, message, { fields: ['name', 'departmentId', 'role', 'phone', 'active'] });
    }
  };

  return (
    <Modal
      title={existing ? '修改员工' : '新增员工'}
      open={editing !== null}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<StaffValues>
        form={form}
        name="staff"
        layout="vertical"
        preserve={false}
        initialValues={existing ?? { role: 'clerk', active: true }}
        onFinish={() => void onOk()}
      >
        <Form.Item name="name" label={`员工姓名`} rules={[{ required: true, whitespace: true, message: '请填写员工姓名' }, glyphRule]}>
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
