import { UnorderedListOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useOffice } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { UserMenu } from '../../auth/UserMenu';
import { ShellLayout } from '../../components/ShellLayout';
import { DepartmentQueuePage } from './DepartmentQueuePage';
import { departmentQueuePath } from './departmentQueuePath';


const menuItems = [{ key: departmentQueuePath, icon: <UnorderedListOutlined />, label: '本部门工单' }];

/**
 * A department's own worker (部门员工) gets this small shell: their department's queue and nothing else — no desk,
 * ledgers, statistics or settings (the services refuse them anyway); only changing their password, locking and
 * signing out in the header. Any other address, typed or left over from someone else, lands on the queue.
 */
export function DepartmentQueueRoutes() {
  return (
    <Routes>
      <Route element={<DepartmentShell />}>
        <Route path="queue" element={<DepartmentQueuePage />} />
        <Route path="*" element={<Navigate to={departmentQueuePath} replace />} />
      </Route>
    </Routes>
  );
}

function DepartmentShell() {
  const office = useOffice();
  const staff = useCurrentStaff();
  return (
    <ShellLayout
      menuItems={menuItems}
      selectedKey={departmentQueuePath}
      header={
        <>
          <Space size="small" style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong data-testid="office-name">
              {office.data?.name ?? ''}
            </Typography.Text>
            <Typography.Text type="secondary">{staff.departmentName}</Typography.Text>
          </Space>
          <UserMenu />
        </>
      }
    />
  );
}
