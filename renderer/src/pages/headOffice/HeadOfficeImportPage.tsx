import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, List, Progress, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import type { HeadOfficeImportResult } from '../../../../shared/domain/headOffice/headOffice';
import { PageTitle } from '../../components/PageTitle';

function describe(result: HeadOfficeImportResult): string {
  const office = `${result.officeName}(${result.officeCode})${result.period}`;
  return result.alreadyImported ? `${office}:此归档已导入过,未做改动` : `${office}:新增 ${result.added},更新 ${result.replaced},未变 ${result.unchanged},较旧 ${result.older}`;
}

/** 导入归档: the archive files the offices sent (one path a line), imported in the background with progress and cancel. */
export function HeadOfficeImportPage() {
  const [files, setFiles] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  // Fingerprints confirmed by phone this session: an office's first archive is imported only with its own.
  const [confirmedKeys, setConfirmedKeys] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const start = useChannelMutation('headOffice.startImport');
  const cancel = useChannelMutation('headOffice.cancelImport');
  const job = useChannelQuery('headOffice.importJob', { jobId: jobId ?? '' }, {
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 500 : false),
  });
  const state = job.data?.state;
  const running = start.isPending || state === 'running';
  const paths = files.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

  // What was imported shows at once on the other pages.
  useEffect(() => {
    if (state && state !== 'running') void queryClient.invalidateQueries({ predicate: (query) => ['headOffice.offices', 'headOffice.records', 'headOffice.statistics', 'headOffice.record'].includes(String(query.queryKey[0])) });
  }, [state, queryClient]);

  return (
    <Card size="small" title={<PageTitle>导入各管理处的归档</PageTitle>} data-testid="head-office-import">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">每行一个归档文件的位置(如 U 盘上的 taizhang-JX01-2026-11.zip)。同一份归档导入两次不会重复;被改动或无法核对的归档整份拒绝。</Typography.Text>
        <Input.TextArea aria-label="归档文件的位置" rows={4} value={files} onChange={(event) => setFiles(event.target.value)} data-testid="head-office-import-files" />
        <Space>
          <Button
            type="primary"
            disabled={paths.length === 0 || running}
            loading={running}
            onClick={() => start.mutate({ files: paths, confirmedKeys }, { onSuccess: (started) => setJobId(started.jobId) })}
            data-testid="head-office-import-start"
          >
            导入
          </Button>
          {state === 'running' && jobId && (
            <Button onClick={() => cancel.mutate({ jobId })} data-testid="head-office-import-cancel">
              取消
            </Button>
          )}
        </Space>
        {job.data && state === 'running' && <Progress percent={job.data.total ? Math.floor((job.data.done / job.data.total) * 100) : 0} format={() => job.data!.stage} />}
        {(start.error ?? job.error) && <Alert type="error" showIcon title={errorMessage(start.error ?? job.error)} />}
        {job.data?.unconfirmedKey && (
          <Alert
            type="warning"
            showIcon
            data-testid="head-office-import-key"
            title={`${job.data.unconfirmedKey.name}(${job.data.unconfirmedKey.code})第一次导入:请与该管理处电话核对签名密钥的指纹`}
            description={<Typography.Text code style={{ fontSize: 16 }}>{job.data.unconfirmedKey.fingerprint}</Typography.Text>}
            action={
              <Button
                disabled={running}
                onClick={() => {
                  const keys = [...confirmedKeys, job.data!.unconfirmedKey!.fingerprint];
                  setConfirmedKeys(keys);
                  start.mutate({ files: paths, confirmedKeys: keys }, { onSuccess: (started) => setJobId(started.jobId) });
                }}
                data-testid="head-office-import-confirm-key"
              >
                指纹一致,登记并导入
              </Button>
            }
          />
        )}
        {job.data?.error && !job.data.unconfirmedKey && <Alert type={state === 'cancelled' ? 'warning' : 'error'} showIcon title={job.data.error} data-testid="head-office-import-error" />}
        {job.data && job.data.results.length > 0 && <List size="small" dataSource={job.data.results} renderItem={(result) => <List.Item>{describe(result)}</List.Item>} />}
      </Space>
    </Card>
  );
}
