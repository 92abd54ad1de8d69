import { Button, Form, Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import type { AuthStatus, SignInResult } from '../../../shared/domain/auth/authRecords';
import { call, errorMessage } from '../api/client';
import { AccountPicker } from './AccountPicker';
import { AuthLayout } from './AuthLayout';

interface Values {
  staffId?: number;
  password?: string;
}

interface Props {
  status: AuthStatus;
  onSignedIn: (result: SignInResult) => void;
}

/** Who the screen opens with: the person it was locked for, or the only account there is. */
function preselected(status: AuthStatus): number | undefined {
  const locked = status.lockedFor && status.accounts.find((account) => account.staffId === status.lockedFor!.staffId);
  if (locked) return locked.staffId;
  return status.accounts.length === 1 ? status.accounts[0]!.staffId : undefined;
}

/** 登录: pick your name, type your password, Enter. */
export function SignInScreen({ status, onSignedIn }: Props) {
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<InputRef>(null);
  const [initial] = useState(() => preselected(status));

  const submit = async ({ staffId, password }: Values) => {
    if (pending || staffId === undefined) return;
    setPending(true);
    try {
      onSignedIn(await call('auth.signIn', { staffId, password: password ?? '' }));
    } catch (error) {
      // One message for a wrong name or password (the server's); the typed password goes, the name stays.
      form.setFields([{ name: 'password', value: '', errors: [errorMessage(error)] }]);
      passwordRef.current?.focus();
      setPending(false);
    }
  };

  const hint = status.lockedFor ? `${status.lockedFor.name} 请输入密码继续,或选择其他姓名登录。` : '请选择您的姓名,输入密码后按 Enter。';
  return (
    <AuthLayout title={status.lockedFor ? '屏幕已锁定' : '登录'} hint={hint} width={560}>
      <Form<Values> form={form} name="signIn" layout="vertical" requiredMark={false} initialValues={{ staffId: initial }} onFinish={(values) => void submit(values)}>
        <Form.Item name="staffId" label="姓名" rules={[{ required: true, message: '请选择您的姓名' }]}>
          <AccountPicker accounts={status.accounts} onPicked={() => passwordRef.current?.focus()} />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password visibilityToggle={false} ref={passwordRef} size="large" autoComplete="current-password" maxLength={64} autoFocus={initial !== undefined} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={pending}>
          登录
        </Button>
      </Form>
      <div style={{ marginTop: 12, fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>忘记密码请找主管或经理在“设置 → 员工”中重新设置。</div>
    </AuthLayout>
  );
}
