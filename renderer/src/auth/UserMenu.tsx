import { KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { staffRoles } from '../../../shared/domain/office/office';
import { useAuthActions } from './authStatus';
import { ChangePasswordModal } from './ChangePasswordModal';
import { useCurrentStaff } from './currentStaff';
import { dirtyFormLabels } from '../forms/dirtyForms';

/** The header's right side: who is signed in, and the ways to leave the desk. */
export function UserMenu() {
  const staff = useCurrentStaff();
  const { lock, signOut } = useAuthActions();
  const [changing, setChanging] = useState(false);
  const { modal } = App.useApp();

  /** With a form not yet saved, 退出登录 asks first; its draft is kept for the next sign-in either way. */
  const confirmSignOut = () => {
    const unsaved = dirtyFormLabels();
    if (unsaved.length === 0) return void signOut();
    modal.confirm({
      title: '退出登录?',
      content: `「${unsaved.join('」「')}」还没有保存。退出后已填写的内容作为草稿保留,下次登录后可以恢复。`,
      okText: '退出登录',
      cancelText: '留下继续填写',
      onOk: () => signOut(),
    });
  };

  return (
    <Space size={0}>
      <Tooltip title={staff.departmentName}>
        <Typography.Text data-testid="current-staff" style={{ marginInline: 8, whiteSpace: 'nowrap' }}>
          <UserOutlined /> {staff.name}
          <Typography.Text type="secondary"> · {staffRoles[staff.role]}</Typography.Text>
        </Typography.Text>
      </Tooltip>
      <Button type="text" icon={<KeyOutlined />} onClick={() => setChanging(true)}>
        修改密码
      </Button>
      <Tooltip title="离开座位时锁屏,回来输入密码继续">
        <Button type="text" icon={<LockOutlined />} onClick={() => void lock()}>
          锁屏
        </Button>
      </Tooltip>
      <Button type="text" icon={<LogoutOutlined />} onClick={confirmSignOut}>
        退出登录
      </Button>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </Space>
  );
}
