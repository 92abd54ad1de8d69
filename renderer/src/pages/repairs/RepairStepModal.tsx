import { Alert, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../shared/contract/channels';
import { useSaveForm } from '../../forms/useSaveForm';
import { repairQueries } from './repairQueries';

export interface RepairStepModalProps<K extends ChannelName, V> {
  open: boolean;
  title: ReactNode;
  channel: K;
  toInput: (values: V) => ChannelInput<K>;
  fields: readonly string[];
  rename?: Record<string, string>;
  success: string | ((saved: ChannelOutput<K>) => string);
  initialValues?: Partial<V>;
  okText?: string;
  danger?: boolean;
  onClose: () => void;
  onDone?: (saved: ChannelOutput<K>) => void;
  children: ReactNode;
}

/**
 * One step of a repair or a call as a dialog (the complaint's StepModal refreshes the complaint's reads; this one
 * the repair's and the call log's). Enter saves; a refusal naming no field shows inside the dialog.
 */
export function RepairStepModal<K extends ChannelName, V>(props: RepairStepModalProps<K, V>) {
  const { open, title, channel, toInput, fields, rename, success, initialValues, okText, danger, onClose, onDone, children } = props;
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
    invalidates: repairQueries,
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
      okButtonProps={{ danger: danger ?? false }}
      confirmLoading={pending}
      mask={{ closable: false }}
      width={600}
      destroyOnHidden
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} data-testid="step-refusal" />}
      <Form<V> form={form} layout="vertical" preserve={false} initialValues={initialValues as Record<string, unknown> | undefined} onFinish={save}>
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
