import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Department } from '../../../../shared/domain/office/officeRecords';
import { errorMessage } from '../../api/client';
import { useChannelMutation, useDepartments } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Editing } from '../../forms/editing';
import { DepartmentModal } from './DepartmentModal';

/** 部门: add, rename, enable or disable. Departments are never deleted; records keep pointing at them. */
export function DepartmentsTab() {
  const { message } = App.useApp();
  const departments = useDepartments();
  const save = useChannelMutation('departments.save');
  const [editing, setEditing] = useState<Editing<Department>>(null);
  const canEdit = useCurrentStaff().allows('supervisor');

  const toggle = async (department: Department) => {
    try {
      await save.mutateAsync({ id: department.id, name: department.name, active: !department.active });
      void message.success(department.active ? `已停用“${department.name}”` : `已启用“${department.name}”`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <>
      {departments.isError && <QueryErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />}
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          新增部门
        </Button>
      )}
      <Table<Department>
        size="small"
        rowKey="id"
        loading={departments.isPending}
        dataSource={departments.data ?? []}
        pagination={false}
        columns={[
          { title: '部门名称', dataIndex: 'name' },
          {
            title: '状态',
            dataIndex: 'active',
            width: 90,
            render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          {
            title: '操作',
            width: 140,
            hidden: !canEdit,
            render: (_value, department) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(department)}>
                  改名
                </Button>
                <Button type="link" size="small" onClick={() => void toggle(department)}>
                  {department.active ? '停用' : '启用'}
                </Button>
              </Space>
            ),
          },
        ]}
        locale={{ emptyText: '还没有部门' }}
      />
      <DepartmentModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
