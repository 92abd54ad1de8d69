import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { useCurrentStaff } from '../../auth/currentStaff';
import { backupKindLabels, type BackupFile } from '../../../../shared/domain/backup/backup';
import { BackupSettingsModal } from './BackupSettingsModal';

/** 数据备份: the backups kept, a backup now, and (managers) a restore done at the next start after confirming. */
export function BackupCard() {
  const staff = useCurrentStaff();
  const client = useQueryClient();
  const status = useChannelQuery('backup.status', {});
  // 立即备份 runs as a job, which the client does not refresh after; a restore (a write) refreshes the list by itself.
  const refresh = { onSuccess: () => client.invalidateQueries({ queryKey: ['backup.status'] }) };
  const backupNow = useChannelMutation('backup.now');
  const restore = useChannelMutation('backup.restore');
  const cancelRestore = useChannelMutation('backup.cancelRestore');
  const [editing, setEditing] = useState(false);
  const data = status.data;
  const failure = backupNow.error ?? restore.error ?? cancelRestore.error ?? status.error;

  return (
    <Card
      size="small"
      title="数据备份"
      data-testid="backup-card"
      extra={
        <Space>
          <Button onClick={() => setEditing(true)} disabled={!data} data-testid="backup-settings">
            备份设置
          </Button>
          <Button loading={backupNow.isPending} onClick={() => backupNow.mutate({}, refresh)} data-testid="backup-now">
            立即备份
          </Button>
        </Space>
      }
    >
      {data && <BackupSettingsModal open={editing} settings={data.settings} onClose={() => setEditing(false)} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary" data-testid="backup-rotation">
          每天第一次启动和每次升级前自动备份;保留最近 {data?.settings.keepDaily ?? 7} 天、{data?.settings.keepWeekly ?? 4} 周、{data?.settings.keepMonthly ?? 12} 个月各一份
          {data?.settings.secondFolder ? `,并复制到 ${data.settings.secondFolder}` : ''}。
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="backup-last-check">
          数据完整性检查在每天第一次启动和非正常关闭(断电、死机)后的启动时进行
          {data?.lastCheckAt ? `;最近一次 ${data.lastCheckAt.replace('T', ' ').slice(0, 16)} 通过` : ''}。
        </Typography.Text>
        {data?.lastError && <Alert type="error" showIcon title={`自动备份没有成功:${data.lastError}`} data-testid="backup-last-error" />}
        {data?.secondFolderError && <Alert type="warning" showIcon title={data.secondFolderError} />}
        {data?.pendingRestore && (
          <Alert
            type="warning"
            showIcon
            title={`下次启动时将恢复到备份 ${data.pendingRestore}(当前数据另存于 backups/replaced)。请关闭并重新打开程序。`}
            action={staff.allows('manager') && <Button size="small" onClick={() => cancelRestore.mutate({})}>取消恢复</Button>}
          />
        )}
        {failure && <Alert type="error" showIcon title={errorMessage(failure)} />}
        <Table<BackupFile>
          size="small"
          rowKey="fileName"
          loading={status.isLoading}
          dataSource={data?.backups ?? []}
          pagination={{ pageSize: 8 }}
          columns={[
            { title: '时间', dataIndex: 'takenAt', render: (value: string) => value.replace('T', ' ') },
            { title: '类型', dataIndex: 'kind', render: (kind: BackupFile['kind']) => backupKindLabels[kind] },
            { title: '大小', dataIndex: 'size', render: (size: number) => `${(size / 1024 / 1024).toFixed(1)} MB` },
            {
              title: '',
              key: 'restore',
              render: (_: unknown, backup) =>
                staff.allows('manager') && (
                  <Popconfirm
                    title="恢复到这个备份?"
                    description="此后录入的数据将被替换(原数据另存,不会删除),下次启动时执行。"
                    okText="确认恢复"
                    cancelText="取消"
                    onConfirm={() => restore.mutate({ fileName: backup.fileName, confirmed: true })}
                  >
                    <Button size="small" type="link">
                      恢复
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
