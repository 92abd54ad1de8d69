import { Form, Input, Modal } from 'antd';
import { useSaveForm } from '../forms/useSaveForm';
import { NewPasswordFields } from './NewPasswordFields';
import { strongSecretRule } from '../../../shared/domain/access';

interface Values {
  current: string;
  next: string;
}

/**
 * 修改密码: one's own, after typing the current one. `required`: signed in with a secret too weak for the role,
 * nothing else works until it is changed, so the dialog cannot be dismissed.
 */
export function ChangePasswordModal({ open, onClose, required = false }: { open: boolean; onClose: () => void; required?: boolean }) {
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
    <Modal
      title={required ? '请先修改密码' : '修改密码'}
      open={open}
      onOk={() => void submit()}
      onCancel={onClose}
      closable={!required}
      maskClosable={!required}
      keyboard={!required}
      cancelButtonProps={required ? { style: { display: 'none' } } : {}}
      okText="保存"
      confirmLoading={pending}
      destroyOnHidden
    >
      {required && <p data-testid="password-too-weak">您的岗位需要更安全的密码:{strongSecretRule}。修改之前不能进行其他操作。</p>}
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
