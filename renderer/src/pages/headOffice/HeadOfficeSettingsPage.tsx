import { Card, Space, Tabs } from 'antd';
import { AboutTab, StaffTab } from '../settings/settingsPages';
import { ArchiveVerifyCard, BackupCard } from '../archive/archivePages';
import { PageTitle } from '../../components/PageTitle';
import { HeadOfficeStoreCard } from './HeadOfficeStoreCard';

/** 设置 at head office: only what makes sense there — the accounts, where the records live, checking an archive, backups. */
export function HeadOfficeSettingsPage() {
  return (
    <Card size="small" title={<PageTitle>设置</PageTitle>}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'staff', label: '账号', children: <StaffTab /> },
          { key: 'store', label: '记录存放处', children: <HeadOfficeStoreCard /> },
          {
            key: 'backup',
            label: '核对与备份',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <ArchiveVerifyCard />
                <BackupCard />
              </Space>
            ),
          },
          { key: 'about', label: '关于', children: <AboutTab /> },
        ]}
      />
    </Card>
  );
}
