import { Alert, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { useSaveForm } from './useSaveForm';

export interface StepModalProps<K extends ChannelName, V> {
  open: boolean;
  title: ReactNode;
  channel: K;
  toInput: (values: V) => ChannelInput<K>;
  /** Top-level fields shown, so the server's message for one lands under it. */
  fields: readonly string[];
  rename?: Record<string, string>;
  success: string | ((saved: ChannelOutput<K>) => string);
  initialValues?: Partial<V>;
  okText?: string;
  danger?: boolean;
  width?: number;
  onClose: () => void;
  onDone?: (saved: ChannelOutput<K>) => void;
  /** Why the step cannot succeed yet: shown before anything is pressed, and the step's button is disabled. */
  blocked?: string | null;
  children: ReactNode;
}

/**
 * One step of a record's process as a dialog: its fields, saved through its channel, whose call refreshes what
 * the step made stale. Enter saves (Ctrl+Enter inside a text area); a refusal that names no field (e.g. 归档
 * without the signed scan) is shown inside the dialog, where the clerk is looking, and nothing typed is lost.
 */
export function StepModal<K extends ChannelName, V>(props: StepModalProps<K, V>) {
  const { open, title, channel, toInput, fields, rename, success, initialValues, okText, danger, width, onClose, onDone, blocked, children } = props;
  const [form] = Form.useForm<V>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const close = () => {
    setRefusal(null);
    onClose();
  };
  const { submit, pending } = useSaveForm({
    channel,
    form,
    toInput,
    success,
    fields,
    ...(rename && { rename }),
    onUnplaced: setRefusal,
    onDone: (saved) => {
      close();
      onDone?.(saved);
    },
  });
  const save = () => {
    if (blocked) return;
    setRefusal(null);
    void submit();
  };

  return (
    <Modal
      title={title}
      open={open}
      onOk={save}
      onCancel={close}
      okText={okText ?? '保存'}
      okButtonProps={{ danger: danger ?? false, disabled: Boolean(blocked) }}
      confirmLoading={pending}
      // A click beside the dialog must not throw away what was typed.
      mask={{ closable: false }}
      width={width ?? 640}
      destroyOnHidden
    >
      {blocked && <Alert type="warning" showIcon title={blocked} style={{ marginBottom: 12 }} data-testid="step-blocked" />}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} data-testid="step-refusal" />}
      {/* Named, so its fields' ids differ from those of the page's form behind it (a label must find its own field). */}
      <Form<V> form={form} name={`step-${channel.replace('.', '-')}`} layout="vertical" preserve={false} initialValues={initialValues as Record<string, unknown> | undefined} onFinish={save}>
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
