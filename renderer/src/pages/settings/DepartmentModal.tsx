import { Form, Input, Modal, Switch } from 'antd';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { Department } from '../../../../shared/domain/office/officeRecords';
import type { Editing } from '../../forms/editing';
import { useSaveForm } from '../../forms/useSaveForm';

type DepartmentValues = ChannelInput<'departments.save'>;

interface Props {
  /** The department being renamed, `'new'` to add one, null when closed. */
  editing: Editing<Department>;
  onClose: () => void;
}

export function DepartmentModal({ editing, onClose }: Props) {
  const [form] = Form.useForm<DepartmentValues>();
  const existing = editing === 'new' ? null : editing;
  const { submit, pending } = useSaveForm({
    channel: 'departments.save',
    form,
    toInput: (values) => ({ ...values, id: existing?.id }),
    // The staff list shows each member's department by name.
    success: '部门已保存',
    fields: ['name', 'active'],
    onDone: onClose,
  });

  return (
    <Modal
      title={existing ? '修改部门' : '新增部门'}
      open={editing !== null}
      onOk={() => void submit()}
      onCancel={onClose}
      okText="保存"
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<DepartmentValues>
        form={form}
        name="department"
        layout="vertical"
        preserve={false}
        initialValues={{ name: existing?.name ?? '', active: existing?.active ?? true }}
        onFinish={() => void submit()}
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
