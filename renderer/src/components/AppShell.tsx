import { FormOutlined, HomeOutlined, SettingOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useFontCoverage, useOffice } from '../api/queries';
import { useGlobalShortcuts } from '../hooks/useGlobalShortcuts';
import { OfficeSetupBanner } from './OfficeSetupBanner';
import { ShortcutHelp } from './ShortcutHelp';

const menuItems = [
  { key: '/complaints', icon: <UnorderedListOutlined />, label: '投诉台账' },
  { key: '/complaints/new', icon: <FormOutlined />, label: '登记投诉' },
  { key: '/rooms', icon: <HomeOutlined />, label: '房屋业主' },
  { key: '/settings', icon: <SettingOutlined />, label: '设置' },
];

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/complaints/new')) return '/complaints/new';
  return menuItems.find((item) => pathname.startsWith(item.key))?.key ?? '/complaints';
}

export function AppShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const office = useOffice();
  useFontCoverage(); // warm the cache so the first form already checks glyphs
  useGlobalShortcuts();

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
            <Typography.Text strong data-testid="office-name">
              {office.data?.name ?? (office.isSuccess ? '管理处未设置' : '')}
            </Typography.Text>
            {office.data && <Typography.Text type="secondary">{office.data.companyName}</Typography.Text>}
          </Space>
          <ShortcutHelp />
        </Layout.Header>
        {office.isSuccess && office.data === null && location.pathname !== '/settings' && <OfficeSetupBanner />}
        <Layout.Content style={{ padding: 16 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
