import { App, Form, Input, Modal, Switch } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { Department } from '../../../../shared/domain/records';
import { useChannelMutation } from '../../api/queries';
import { applyCallError } from '../../forms/applyCallError';

type DepartmentValues = ChannelInput<'departments.save'>;

interface Props {
  /** The department being renamed, `'new'` to add one, null when closed. */
  editing: Department | 'new' | null;
  onClose: () => void;
}

export function DepartmentModal({ editing, onClose }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useChannelMutation('departments.save');
  const [form] = Form.useForm<DepartmentValues>();
  const existing = editing === 'new' ? null : editing;

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await save.mutateAsync({ ...values, ...(existing ? { id: existing.id } : {}) });
      await queryClient.invalidateQueries({ queryKey: ['departments.list'] });
      await queryClient.invalidateQueries({ queryKey: ['staff.list'] });
      void message.success('部门已保存');
      onClose();
    } catch (error) {
      applyCallError(form, error, message, { fields: ['name', 'active'] });
    }
  };

  return (
    <Modal
      title={existing ? '修改部门' : '新增部门'}
      open={editing !== null}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<DepartmentValues>
        form={form}
        name="department"
        layout="vertical"
        initialValues={{ name: existing?.name ?? '', active: existing?.active ?? true }}
        onFinish={() => void onOk()}
        preserve={false}
      >
        <Form.Item name="name" label={`部门${fieldLabels.name}`} rules={[{ required: true, whitespace: true, message: '请填写部门名称' }]}>
          <Input maxLength={30} autoFocus />
        </Form.Item>
        <Form.Item name="active" label={fieldLabels.active} valuePropName="checked">
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
