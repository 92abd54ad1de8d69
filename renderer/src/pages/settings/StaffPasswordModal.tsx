import { Form, Modal } from 'antd';
import type { Staff } from '../../../../shared/domain/office/officeRecords';
import { NewPasswordFields } from '../../auth/NewPasswordFields';
import { useSaveForm } from '../../forms/useSaveForm';

interface Values {
  password: string;
}

/** 设置密码: a first password for a new colleague, or a new one for someone who forgot theirs. */
export function StaffPasswordModal({ member, onClose }: { member: Staff | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { submit, pending } = useSaveForm({
    channel: 'staff.setPassword',
    form,
    toInput: ({ password }) => ({ staffId: member!.id, password }),
    // The sign-in screen lists only people with a password.
    success: `已为 ${member?.name ?? ''} 设置密码`,
    fields: ['password'],
    onDone: onClose,
  });

  return (
    <Modal
      title={member ? `为 ${member.name} 设置密码` : '设置密码'}
      open={member !== null}
      onOk={() => void submit()}
      onCancel={onClose}
      okText="保存"
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values> form={form} name="staffPassword" layout="vertical" preserve={false} onFinish={() => void submit()}>
        <NewPasswordFields label="新密码" autoFocus />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
