import { Descriptions, Skeleton, Typography } from 'antd';
import { useAppInfo, useFontCoverage } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { AuditCheck } from './AuditCheck';

/** Version, where the data lives (for backups and support) and the print font's license. */
export function AboutTab() {
  const info = useAppInfo();
  const font = useFontCoverage();
  const mayVerify = useCurrentStaff().allows('supervisor');
  if (info.isPending) return <Skeleton active />;
  if (info.isError) return <QueryErrorAlert error={info.error} onRetry={() => void info.refetch()} />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 120 } }}
      items={[
        { key: 'version', label: '软件版本', children: info.data.version },
        { key: 'schema', label: '数据库版本', children: info.data.schemaVersion },
        { key: 'dataDir', label: '数据文件夹', children: <Typography.Text copyable>{info.data.dataDir}</Typography.Text> },
        { key: 'db', label: '数据库文件', children: <Typography.Text copyable>{info.data.databaseFile}</Typography.Text> },
        ...(mayVerify ? [{ key: 'audit', label: '数据校验', children: <AuditCheck /> }] : []),
        { key: 'font', label: '打印字体', children: font.data?.family ?? '读取中…' },
        {
          key: 'license',
          label: '字体许可',
          children: (
            <div className="tz-pre-wrap" style={{ maxHeight: 240, overflow: 'auto', fontSize: 12 }}>
              {font.data?.license ?? ''}
            </div>
          ),
        },
      ]}
    />
  );
}
