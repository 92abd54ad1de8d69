import { BarChartOutlined, ClusterOutlined, ImportOutlined, SettingOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import { useLocation } from 'react-router-dom';
import { UserMenu } from '../../auth/UserMenu';
import { ShellLayout } from '../../components/ShellLayout';

const menuItems = [
  { key: '/head-office', icon: <ClusterOutlined />, label: '各管理处记录' },
  { key: '/head-office/statistics', icon: <BarChartOutlined />, label: '统计对比' },
  { key: '/head-office/import', icon: <ImportOutlined />, label: '导入归档' },
  { key: '/head-office/settings', icon: <SettingOutlined />, label: '设置' },
];

function selectedKey(pathname: string): string {
  return [...menuItems].reverse().find((item) => pathname.startsWith(item.key))?.key ?? '/head-office';
}

/** The app on a head-office data folder: every office's records read-only, statistics side by side, imports. No desk. */
export function HeadOfficeShell() {
  const location = useLocation();
  return (
    <ShellLayout
      menuItems={menuItems}
      selectedKey={selectedKey(location.pathname)}
      header={
        <>
          <Space size="small" style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong data-testid="head-office-title">
              总部汇总
            </Typography.Text>
            <Tag>只读</Tag>
          </Space>
          <UserMenu />
        </>
      }
    />
  );
}
