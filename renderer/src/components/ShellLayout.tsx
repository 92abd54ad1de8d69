import type { ReactNode } from 'react';
import { Layout, Menu } from 'antd';
import { Outlet, useNavigate } from 'react-router-dom';

interface Props {
  menuItems: { key: string; icon: ReactNode; label: string }[];
  selectedKey: string;
  /** The header's content, left to right. */
  header: ReactNode;
  /** Banners between the header and the page. */
  banners?: ReactNode;
}

/** The frame every install shows: the menu on the left, a header, the routed page; the office and head office fill it. */
export function ShellLayout({ menuItems, selectedKey, header, banners }: Props) {
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={168} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '12px 20px', fontWeight: 600, fontSize: 16 }}>物业台账</div>
        <Menu mode="inline" selectedKeys={[selectedKey]} items={menuItems} onClick={({ key }) => navigate(key)} style={{ borderInlineEnd: 'none' }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center' }}>{header}</Layout.Header>
        {banners}
        <Layout.Content style={{ padding: 16 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
