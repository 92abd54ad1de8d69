import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { maskPhone } from '../../../../shared/domain/masking';
import { staffRoles } from '../../../../shared/domain/office/office';
import type { Staff } from '../../../../shared/domain/office/officeRecords';
import { useDepartments, useStaff } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Editing } from '../../forms/editing';
import { StaffModal } from './StaffModal';
import { StaffPasswordModal } from './StaffPasswordModal';

/** 员工: who takes, handles, approves and revisits records. Staff leave by being disabled, never deleted. */
export function StaffTab() {
  const staff = useStaff();
  const departments = useDepartments();
  const me = useCurrentStaff();
  const [editing, setEditing] = useState<Editing<Staff>>(null);
  const [settingPassword, setSettingPassword] = useState<Staff | null>(null);
  const canEdit = me.allows('supervisor');
  // The server refuses a manager's password to anyone but a manager; editing a manager follows the same rule.
  const mayManage = (member: Staff) => canEdit && (member.role !== 'manager' || me.allows('manager'));

  return (
    <>
      {staff.isError && <QueryErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }} disabled={!departments.data}>
          新增员工
        </Button>
      )}
      <Table<Staff>
        size="small"
        rowKey="id"
        loading={staff.isPending}
        dataSource={staff.data ?? []}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 120 },
          { title: '部门', dataIndex: 'departmentName' },
          { title: '岗位角色', dataIndex: 'role', width: 110, render: (role: Staff['role']) => staffRoles[role] },
          { title: '联系电话', dataIndex: 'phone', width: 130, render: (phone: string | null) => maskPhone(phone) },
          {
            title: '状态',
            dataIndex: 'active',
            width: 80,
            render: (active: boolean) => (active ? <Tag color="green">在职</Tag> : <Tag>停用</Tag>),
          },
          {
            title: '登录密码',
            dataIndex: 'hasPassword',
            width: 90,
            render: (hasPassword: boolean) => (hasPassword ? <Tag color="blue">已设置</Tag> : <Tag>未设置</Tag>),
          },
          {
            title: '操作',
            width: 150,
            hidden: !canEdit,
            render: (_value, member) =>
              mayManage(member) && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(member)}>
                    编辑
                  </Button>
                  <Button type="link" size="small" onClick={() => setSettingPassword(member)}>
                    设置密码
                  </Button>
                </Space>
              ),
          },
        ]}
        locale={{ emptyText: '还没有员工,点“新增员工”添加前台和主管' }}
      />
      <StaffModal
        editing={editing}
        departments={departments.data ?? []}
        onClose={(saved) => {
          // A new colleague cannot sign in until they have a password: offer to set it straight away.
          if (saved && editing === 'new' && !saved.hasPassword && mayManage(saved)) setSettingPassword(saved);
          setEditing(null);
        }}
      />
      <StaffPasswordModal member={settingPassword} onClose={() => setSettingPassword(null)} />
    </>
  );
}
