import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { AboutTab } from './AboutTab';
import { CalendarTab } from './CalendarTab';
import { DepartmentsTab } from './DepartmentsTab';
import { OfficeTab } from './OfficeTab';
import { StaffTab } from './StaffTab';
import { TimeLimitsTab } from './TimeLimitsTab';
import { RepairTimersCard } from './RepairTimersCard';
import { ApprovalsTab } from './ApprovalsTab';
import { ExperienceTab } from './experience/ExperienceTab';
import { PageTitle } from '../../components/PageTitle';

const tabs = [
  { key: 'office', label: '管理处信息', children: <OfficeTab /> },
  { key: 'departments', label: '部门', children: <DepartmentsTab /> },
  { key: 'staff', label: '员工', children: <StaffTab /> },
  {
    key: 'limits',
    label: '处理时限',
    children: (
      <>
        <TimeLimitsTab />
        <RepairTimersCard />
      </>
    ),
  },
  { key: 'calendar', label: '工作日历', children: <CalendarTab /> },
  { key: 'approvals', label: '审批权限', children: <ApprovalsTab /> },
  { key: 'experience', label: '经验库', children: <ExperienceTab /> },
  { key: 'about', label: '关于', children: <AboutTab /> },
];

export function SettingsPage() {
  const [search, setSearch] = useSearchParams();
  const active = tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : 'office';
  return (
    <Card title={<PageTitle>设置</PageTitle>} size="small" style={{ maxWidth: 1000 }}>
      <Tabs activeKey={active} items={tabs} onChange={(tab) => setSearch({ tab }, { replace: true })} destroyOnHidden />
    </Card>
  );
}
