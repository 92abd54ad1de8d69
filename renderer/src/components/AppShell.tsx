import {
  AuditOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  CustomerServiceOutlined,
  FileExclamationOutlined,
  FormOutlined,
  HomeOutlined,
  PhoneOutlined,
  ToolOutlined,
  InboxOutlined,
  SettingOutlined,
  SolutionOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useLocation } from 'react-router-dom';
import { useCalendarStatus, useFontCoverage, useOffice } from '../api/queries';
import { useCurrentStaff } from '../auth/currentStaff';
import { UserMenu } from '../auth/UserMenu';
import { useGlobalShortcuts } from '../hooks/useGlobalShortcuts';
import { CalendarUncoveredAlert } from './CalendarUncoveredAlert';
import { OfficeSetupBanner } from './OfficeSetupBanner';
import { ShellLayout } from './ShellLayout';
import { ShortcutHelp } from './ShortcutHelp';
import { ScriptsButton } from './scripts/ScriptsButton';

const menuItems = [
  { key: '/desk', icon: <CarryOutOutlined />, label: '今日待办' },
  { key: '/complaints', icon: <UnorderedListOutlined />, label: '投诉台账' },
  { key: '/work-orders', icon: <SolutionOutlined />, label: '派工单' },
  { key: '/complaints/new', icon: <FormOutlined />, label: '登记投诉' },
  { key: '/repairs', icon: <ToolOutlined />, label: '报修台账' },
  { key: '/calls', icon: <PhoneOutlined />, label: '来电记录' },
  { key: '/revisits', icon: <CustomerServiceOutlined />, label: '回访' },
  { key: '/rooms', icon: <HomeOutlined />, label: '房屋业主' },
  { key: '/inspections', icon: <AuditOutlined />, label: '巡查记录' },
  { key: '/loss-declarations', icon: <FileExclamationOutlined />, label: '遗失声明' },
  { key: '/archive', icon: <InboxOutlined />, label: '归档与备份' },
  { key: '/statistics', icon: <BarChartOutlined />, label: '统计分析' },
  { key: '/settings', icon: <SettingOutlined />, label: '设置' },
];

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/complaints/new')) return '/complaints/new';
  return menuItems.find((item) => pathname.startsWith(item.key))?.key ?? '/desk';
}

/** Pages that show the calendar warning themselves. */
const ownCalendarWarning = new Set(['/desk', '/settings']);

/** Supervisors keep the working calendar: they are told, on every page, when it runs out within 60 days. */
function CalendarBanner() {
  const calendar = useCalendarStatus();
  const location = useLocation();
  const uncovered = calendar.data?.uncovered ?? [];
  if (uncovered.length === 0 || ownCalendarWarning.has(location.pathname)) return null;
  return <CalendarUncoveredAlert dates={uncovered} banner />;
}

export function AppShell() {
  const location = useLocation();
  const office = useOffice();
  const staff = useCurrentStaff();
  useFontCoverage(); // warm the cache so the first form already checks glyphs
  useGlobalShortcuts();

  return (
    <ShellLayout
      menuItems={menuItems}
      selectedKey={selectedKey(location.pathname)}
      header={
        <>
          <Space size="small" style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong data-testid="office-name">
              {office.data?.name ?? (office.isSuccess ? '管理处未设置' : '')}
            </Typography.Text>
            {office.data && <Typography.Text type="secondary">{office.data.companyName}</Typography.Text>}
          </Space>
          <ScriptsButton />
          <UserMenu />
          <ShortcutHelp />
        </>
      }
      banners={
        <>
          {office.isSuccess && office.data === null && location.pathname !== '/settings' && <OfficeSetupBanner />}
          {staff.allows('supervisor') && <CalendarBanner />}
        </>
      }
    />
  );
}
