import { Form, Input, Modal } from 'antd';
import { useSaveForm } from '../forms/useSaveForm';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  current: string;
  next: string;
}

/** 修改密码: one's own, after typing the current one. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { submit, pending } = useSaveForm({
    channel: 'auth.changePassword',
    form,
    toInput: ({ current, next }) => ({ current, next }),
    success: '密码已修改,下次登录请使用新密码',
    fields: ['current', 'next'],
    onDone: onClose,
  });

  return (
    <Modal title="修改密码" open={open} onOk={() => void submit()} onCancel={onClose} okText="保存" confirmLoading={pending} destroyOnHidden>
      <Form<Values> form={form} name="changePassword" layout="vertical" preserve={false} onFinish={() => void submit()}>
        <Form.Item name="current" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password visibilityToggle={false} autoComplete="current-password" maxLength={64} autoFocus />
        </Form.Item>
        <NewPasswordFields name="next" label="新密码" />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
