import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyCallError } from '../../forms/applyCallError';

interface Props<V> {
  title: string;
  open: boolean;
  onClose: () => void;
  form: FormInstance<V>;
  fields: string[];
  initialValues?: Partial<V>;
  okText: string;
  /** Sends the step; a refused step's message lands on its field or at the top of the dialog. */
  submit: (values: V) => Promise<unknown>;
  children: ReactNode;
  testId: string;
}

/** One step on a declaration in a dialog: the main process decides, the dialog shows its answer. */
export function LossStepModal<V extends object>({ title, open, onClose, form, fields, initialValues, okText, submit, children, testId }: Props<V>) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onFinish = async (values: V) => {
    setSaving(true);
    setProblem(null);
    try {
      await submit(values);
      onClose();
    } catch (error) {
      applyCallError(form, error, message, { fields, onUnplaced: setProblem });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title={title} open={open} onCancel={onClose} onOk={() => form.submit()} okText={okText} confirmLoading={saving} destroyOnHidden width={640} okButtonProps={{ 'data-testid': `${testId}-ok` }}>
      {problem && (
        <div role="alert" className="ant-form-item-explain-error" style={{ marginBottom: 12 }} data-testid={`${testId}-problem`}>
          {problem}
        </div>
      )}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void onFinish(values)} data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}
