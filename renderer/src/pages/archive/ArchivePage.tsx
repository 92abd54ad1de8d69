import { Alert, Space } from 'antd';
import { useCurrentStaff } from '../../auth/currentStaff';
import { ArchiveExportCard } from './ArchiveExportCard';
import { ArchiveVerifyCard } from './ArchiveVerifyCard';
import { BackupCard } from './BackupCard';
import { PageTitle } from '../../components/PageTitle';

/** 归档与备份: the monthly archive for head office, checking an archive, and the office's own backups. */
export function ArchivePage() {
  const staff = useCurrentStaff();
  const title = <PageTitle readerOnly>归档与备份</PageTitle>;
  if (!staff.allows('supervisor'))
    return (
      <>
        {title}
        <Alert type="info" showIcon title="归档与备份由主管或经理操作。" />
      </>
    );
  return (
    <>
      {title}
      <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
        <ArchiveExportCard />
        <ArchiveVerifyCard />
        <BackupCard />
      </Space>
    </>
  );
}
