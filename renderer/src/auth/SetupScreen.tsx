import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { AuthStatus, SignInResult } from '../../../shared/domain/auth/authRecords';
import { useQueryClient } from '@tanstack/react-query';
import type { DataFolderKind } from '../../../shared/domain/dataFolder';
import { call } from '../api/client';
import { authStatusKey } from './authStatus';
import { applyCallError } from '../forms/applyCallError';
import { AuthLayout } from './AuthLayout';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  /** What this computer is for, on a fresh data folder. */
  folderKind: DataFolderKind;
  /** A manager already on the staff list, or 'new' to type a name. */
  who: number | 'new';
  name?: string;
  password: string;
}

interface Props {
  status: AuthStatus;
  onSignedIn: (result: SignInResult) => void;
}

/** 首次使用: nobody can sign in yet, so the first manager account is created here and signed in. */
export function SetupScreen({ status, onSignedIn }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState(false);
  const candidates = status.setupCandidates;
  const who = Form.useWatch('who', form) ?? (candidates[0]?.staffId ?? 'new');
  const queryClient = useQueryClient();
  // A folder head-office imports made is head office's already; a fresh one is chosen here.
  const decided = status.folderKind;
  const folderKind = Form.useWatch('folderKind', form) ?? decided ?? 'office';
  const headOffice = folderKind === 'headOffice';

  /**
   * 总部汇总 cannot be undone on this folder and a clerk may pick it by mistake: it is confirmed once, with the way
   * back (日常登记) as the focused answer.
   */
  const confirmHeadOffice = (values: Values) => {
    modal.confirm({
      title: '确定这台电脑用于总部汇总?',
      content: '总部汇总只导入、查看各管理处交来的月度归档,不能登记投诉、报修和来电。选定后这个数据文件夹不能再改为日常登记。',
      okText: '确定,用于总部汇总',
      cancelText: '返回,改为日常登记',
      autoFocusButton: 'cancel',
      onOk: () => void submit(values),
      onCancel: () => form.setFieldValue('folderKind', 'office'),
    });
  };

  const submit = async (values: Values) => {
    if (pending) return;
    setPending(true);
    try {
      const existing = values.who !== 'new';
      const kind = decided ?? values.folderKind ?? 'office';
      const result = await call('auth.setup', {
        staffId: existing ? (values.who as number) : null,
        name: existing ? null : (values.name ?? null),
        password: values.password,
        folderKind: kind,
      });
      // The shell follows the folder's kind: known at once, before the status is read again.
      queryClient.setQueryData<AuthStatus>(authStatusKey, (old) => (old ? { ...old, folderKind: old.folderKind ?? kind } : old));
      onSignedIn(result);
    } catch (error) {
      applyCallError(form, error, message, { fields: ['who', 'name', 'password'], rename: { staffId: 'who' } });
      setPending(false);
    }
  };

  return (
    <AuthLayout
      title={headOffice ? '总部汇总:创建第一个账号' : '首次使用:创建经理账号'}
      hint={
        headOffice
          ? '这台电脑只汇总查看各管理处交来的归档(只读),不做日常登记。第一个账号由总部的经理使用。'
          : '第一个账号是管理处经理/主任,之后由经理在“设置 → 员工”中为其他员工设置密码。'
      }
    >
      <Form<Values>
        form={form}
        name="setup"
        layout="vertical"
        requiredMark={false}
        initialValues={{ who: candidates[0]?.staffId ?? 'new', folderKind: decided ?? 'office' }}
        onFinish={(values) => (decided === null && values.folderKind === 'headOffice' ? confirmHeadOffice(values) : void submit(values))}
      >
        {decided === null ? (
          <Form.Item name="folderKind" label="用途">
            <Radio.Group
              options={[
                { value: 'office', label: '管理处日常登记' },
                { value: 'headOffice', label: '这台电脑用于总部汇总' },
              ]}
              data-testid="setup-folder-kind"
            />
          </Form.Item>
        ) : (
          <Form.Item name="folderKind" hidden />
        )}
        {decided === null && headOffice && (
          <Alert
            type="warning"
            showIcon
            data-testid="setup-head-office-meaning"
            style={{ marginBottom: 16 }}
            message="总部汇总不是管理处前台用的"
            description="管理处前台登记投诉、报修、来电,请选“管理处日常登记”。总部汇总只用于总部导入和查看各管理处的月度归档,选定后不能再改。"
          />
        )}
        {candidates.length > 0 && (
          <Form.Item name="who" label="经理是">
            <Radio.Group
              options={[
                ...candidates.map((candidate) => ({ value: candidate.staffId, label: candidate.name })),
                { value: 'new', label: '新建经理账号' },
              ]}
            />
          </Form.Item>
        )}
        {candidates.length === 0 && <Form.Item name="who" hidden />}
        {who === 'new' && (
          <Form.Item name="name" label="经理姓名" rules={[{ required: true, whitespace: true, message: '请填写经理姓名' }]}>
            <Input maxLength={20} autoFocus size="large" />
          </Form.Item>
        )}
        <NewPasswordFields autoFocus={who !== 'new'} />
        <Button type="primary" htmlType="submit" size="large" block loading={pending}>
          创建并登录
        </Button>
      </Form>
    </AuthLayout>
  );
}
