import { BarChartOutlined, ClusterOutlined, ImportOutlined, SettingOutlined } from '@ant-design/icons';
import { Layout, Menu, Space, Tag, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { UserMenu } from '../../auth/UserMenu';

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
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={168} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '12px 20px', fontWeight: 600, fontSize: 16 }}>物业台账</div>
        <Menu
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          items={menuItems}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center' }}>
          <Space size="small" style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong data-testid="head-office-title">
              总部汇总
            </Typography.Text>
            <Tag>只读</Tag>
          </Space>
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
