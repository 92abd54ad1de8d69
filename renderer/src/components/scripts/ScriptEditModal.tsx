import { Form, Input, Modal, Select, Switch } from 'antd';
import { scriptSituations, type ScriptSituation, type ServiceScript } from '../../../../shared/domain/scripts/serviceScripts';
import { useSaveForm } from '../../forms/useSaveForm';

interface Values {
  situation?: ScriptSituation;
  title?: string;
  text?: string;
  active?: boolean;
}

export type ScriptEditing = { script: ServiceScript } | { situation: ScriptSituation } | null;

function ScriptForm({ editing, onClose }: { editing: NonNullable<ScriptEditing>; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const existing = 'script' in editing ? editing.script : null;
  const { submit, pending } = useSaveForm({
    channel: 'scripts.save',
    form,
    toInput: (values: Values) => ({
      ...(existing && { id: existing.id }),
      situation: values.situation!,
      title: values.title ?? '',
      text: values.text ?? '',
      active: values.active ?? true,
    }),
    success: '话术已保存',
    fields: ['situation', 'title', 'text', 'active'],
    onDone: onClose,
  });
  const initialValues: Values = existing
    ? { situation: existing.situation, title: existing.title, text: existing.text, active: existing.active }
    : { situation: 'situation' in editing ? editing.situation : 'greeting', active: true };
  return (
    <Modal open title={existing ? '修改话术' : '新增话术'} onOk={() => void submit()} onCancel={onClose} confirmLoading={pending} okText="保存" destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()} data-testid="script-form">
        <Form.Item name="situation" label="适用情形" rules={[{ required: true, message: '请选择适用情形' }]}>
          <Select options={Object.entries(scriptSituations).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="text" label="话术内容" extra="写 {管理处} 的地方,复制时换成本管理处的名称" rules={[{ required: true, whitespace: true, message: '请填写话术内容' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/** A supervisor's editor for one phrase (new or existing); saved through the audited scripts.save. */
export function ScriptEditModal({ editing, onClose }: { editing: ScriptEditing; onClose: () => void }) {
  return editing ? <ScriptForm editing={editing} onClose={onClose} /> : null;
}
