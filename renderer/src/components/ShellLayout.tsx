import { memo, useCallback, type ReactNode } from 'react';
import { Layout, Menu, type MenuProps } from 'antd';
import { Outlet, useNavigate } from 'react-router-dom';

interface Props {
  menuItems: { key: string; icon: ReactNode; label: string }[];
  selectedKey: string;
  /** The header's content, left to right. */
  header: ReactNode;
  /** Banners between the header and the page. */
  banners?: ReactNode;
}

const layoutStyle = { minHeight: '100vh' };
const siderStyle = { borderRight: '1px solid #f0f0f0' };
const titleStyle = { padding: '12px 20px', fontWeight: 600, fontSize: 16 };
const menuStyle = { borderInlineEnd: 'none' };
const headerStyle = { borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center' } as const;
const contentStyle = { padding: 16 };

/** The frame every install shows: the menu on the left, a header, the routed page; the office and head office fill it. */
export function ShellLayout({ menuItems, selectedKey, header, banners }: Props) {
  // useNavigate's function stays the same; this component is drawn again on every address change (the route's
  // context changes), its menu only when the selected entry does.
  const navigate = useNavigate();
  const onClick = useCallback<NonNullable<MenuProps['onClick']>>(({ key }) => navigate(key), [navigate]);
  return (
    <Layout style={layoutStyle}>
      <ShellSider menuItems={menuItems} selectedKey={selectedKey} onClick={onClick} />
      <Layout>
        <Layout.Header style={headerStyle}>{header}</Layout.Header>
        {banners}
        <Layout.Content style={contentStyle}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The side menu: a dozen antd items, not redrawn when only the page's address (a search, a page turn) changes. */
const ShellSider = memo(function ShellSider({
  menuItems,
  selectedKey,
  onClick,
}: Pick<Props, 'menuItems' | 'selectedKey'> & { onClick: NonNullable<MenuProps['onClick']> }) {
  return (
    <Layout.Sider width={168} theme="light" style={siderStyle}>
      <div style={titleStyle}>物业台账</div>
      <Menu mode="inline" selectedKeys={[selectedKey]} items={menuItems} onClick={onClick} style={menuStyle} />
    </Layout.Sider>
  );
});
