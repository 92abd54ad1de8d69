import { Form, Input, Modal, Select, Switch } from 'antd';
import { complaintCategories, complaintSeverities, type ComplaintCategory, type ComplaintSeverity } from '../../../../../shared/domain/complaints/complaint';
import type { ExperienceEntry } from '../../../../../shared/domain/experience/experience';
import { useChannelQuery, useDepartments } from '../../../api/queries';
import type { Editing } from '../../../forms/editing';
import { useSaveForm } from '../../../forms/useSaveForm';

interface Values {
  title?: string;
  text?: string;
  category?: ComplaintCategory | null;
  departmentId?: number | null;
  severity?: ComplaintSeverity | null;
  steps?: string;
  scriptIds?: number[];
  active?: boolean;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function EntryForm({ entry, onClose }: { entry: ExperienceEntry | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const departments = useDepartments();
  const scripts = useChannelQuery('scripts.list', {});
  const { submit, pending } = useSaveForm({
    channel: 'experience.save',
    form,
    toInput: (values: Values) => ({
      ...(entry && { id: entry.id }),
      title: values.title ?? '',
      text: values.text ?? '',
      category: values.category ?? null,
      departmentId: values.departmentId ?? null,
      severity: values.severity ?? null,
      steps: (values.steps ?? '').split('\n').map((step) => step.trim()).filter(Boolean),
      scriptIds: values.scriptIds ?? [],
      active: values.active ?? true,
    }),
    success: (saved) => `已保存 ${saved.ref}`,
    fields: ['title', 'text', 'category', 'departmentId', 'severity', 'steps', 'scriptIds', 'active'],
    onDone: onClose,
  });
  const initialValues: Values = entry
    ? { title: entry.title, text: entry.text, category: entry.category, departmentId: entry.departmentId, severity: entry.severity, steps: entry.steps.join('\n'), scriptIds: entry.scriptIds, active: entry.active }
    : { active: true };
  return (
    <Modal open title={entry ? `修改 ${entry.ref}` : '新增标准处理流程'} onOk={() => void submit()} onCancel={onClose} confirmLoading={pending} okText="保存" destroyOnHidden width={640}>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()} data-testid="experience-form">
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="text" label="适用情形与处理要点" rules={[{ required: true, whitespace: true, message: '请填写内容' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="category" label="投诉分类">
          <Select allowClear options={options(complaintCategories)} />
        </Form.Item>
        <Form.Item name="departmentId" label="责任部门">
          <Select allowClear options={(departments.data ?? []).filter((item) => item.active).map((item) => ({ value: item.id, label: item.name }))} />
        </Form.Item>
        <Form.Item name="severity" label="严重程度">
          <Select allowClear options={options(complaintSeverities)} />
        </Form.Item>
        <Form.Item name="steps" label="处理步骤(每行一步)">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item name="scriptIds" label="相关话术">
          <Select mode="multiple" allowClear optionFilterProp="label" options={(scripts.data ?? []).map((script) => ({ value: script.id, label: script.title }))} />
        </Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/** A supervisor's editor for one entry of the base; saved through the audited experience.save. */
export function ExperienceModal({ editing, onClose }: { editing: Editing<ExperienceEntry>; onClose: () => void }) {
  return editing ? <EntryForm entry={editing === 'new' ? null : editing} onClose={onClose} /> : null;
}
