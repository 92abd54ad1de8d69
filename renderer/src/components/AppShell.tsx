import { memo, type ReactElement } from 'react';
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

interface MenuItem {
  key: string;
  icon: ReactElement;
  label: string;
}

/** The entry the address is under; the longest key wins, so 登记投诉 (/complaints/new) is not 投诉台账. */
function selectedKey(menuItems: MenuItem[], pathname: string): string {
  const under = menuItems.filter((item) => pathname.startsWith(item.key));
  return under.toSorted((a, b) => b.key.length - a.key.length)[0]?.key ?? '/desk';
}

/** Pages that show the calendar warning themselves. */
const ownCalendarWarning = new Set(['/desk', '/settings']);

/** Supervisors keep the working calendar: they are told, on every page, when it runs out within 60 days. */
function CalendarBanner({ pathname }: { pathname: string }) {
  const calendar = useCalendarStatus();
  const uncovered = calendar.data?.uncovered ?? [];
  if (uncovered.length === 0 || ownCalendarWarning.has(pathname)) return null;
  return <CalendarUncoveredAlert dates={uncovered} banner />;
}

/**
 * The office's shell; its menu is every page folder's entries in order (App reads them from pageList). Only the
 * menu's selection and the banners depend on the address: the header is drawn once, not again on every search or
 * page turn (each is an address change).
 */
export function AppShell({ menuItems }: { menuItems: MenuItem[] }) {
  const { pathname } = useLocation();
  useFontCoverage(); // warm the cache so the first form already checks glyphs
  useGlobalShortcuts();

  return (
    <ShellLayout menuItems={menuItems} selectedKey={selectedKey(menuItems, pathname)} header={<OfficeHeader />} banners={<OfficeBanners pathname={pathname} />} />
  );
}

const OfficeHeader = memo(function OfficeHeader() {
  const office = useOffice();
  return (
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
  );
});

const OfficeBanners = memo(function OfficeBanners({ pathname }: { pathname: string }) {
  const office = useOffice();
  const staff = useCurrentStaff();
  return (
    <>
      {office.isSuccess && office.data === null && pathname !== '/settings' && <OfficeSetupBanner />}
      {staff.allows('supervisor') && <CalendarBanner pathname={pathname} />}
    </>
  );
});
