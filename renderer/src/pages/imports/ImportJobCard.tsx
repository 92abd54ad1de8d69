import { useState } from 'react';
import { Alert, App, Button, Card, Progress, Space, Table, Tag } from 'antd';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { deliverExportedFile } from '../../components/exportedFile';
import type { ImportJob } from '../../../../shared/domain/imports/dataImport';

function summary(job: ImportJob): string {
  const { rows, ready, skipped, failed } = job.counts;
  if (job.step === 'import') return `已导入 ${ready} 行${skipped > 0 ? `,跳过已导入过的 ${skipped} 行` : ''}`;
  return `共 ${rows} 行:可导入 ${ready} 行,有问题 ${failed} 行,已导入过(跳过) ${skipped} 行`;
}

/** A check's or an import's progress (cancel while it runs), its findings row by row, its report, and the import. */
export function ImportJobCard({ jobId: checkJobId }: { jobId: string }) {
  const { message } = App.useApp();
  const [jobId, setJobId] = useState(checkJobId);
  const job = useChannelQuery('imports.job', { jobId }, { refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 400 : false) });
  const cancel = useChannelMutation('imports.cancel');
  const run = useChannelMutation('imports.run');
  const report = useChannelMutation('imports.report');
  const data = job.data;
  const error = job.error ?? run.error ?? report.error;

  return (
    <Card size="small" title={data?.step === 'import' ? '导入' : '试导入结果'} data-testid="import-job">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {data?.state === 'running' && (
          <Space>
            <Progress style={{ width: 320 }} percent={data.total ? Math.min(99, Math.floor((data.done / data.total) * 100)) : 0} format={() => `${data.stage} ${data.done} 行`} />
            <Button onClick={() => cancel.mutate({ jobId })} data-testid="import-cancel">
              取消
            </Button>
          </Space>
        )}
        {data && data.state === 'done' && <Alert type={data.counts.failed > 0 ? 'warning' : 'success'} showIcon title={summary(data)} data-testid="import-summary" />}
        {data?.error && <Alert type={data.state === 'cancelled' ? 'warning' : 'error'} showIcon title={data.error} data-testid="import-job-error" />}
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        {data && data.state === 'done' && data.findings.length > 0 && (
          <Table
            size="small"
            rowKey={(finding) => `${finding.row}/${finding.column}/${finding.message}`}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={data.findings}
            data-testid="import-findings"
            columns={[
              { title: '行', dataIndex: 'row', width: 70 },
              { title: '列', dataIndex: 'column', width: 140, render: (column: string | null) => column ?? '整行' },
              { title: '', dataIndex: 'level', width: 70, render: (level: string) => (level === 'error' ? <Tag color="red">错误</Tag> : <Tag>跳过</Tag>) },
              { title: '说明', dataIndex: 'message' },
            ]}
            footer={data.findingCount > data.findings.length ? () => `此处列出前 ${data.findings.length} 条,共 ${data.findingCount} 条:请下载检查结果查看全部` : undefined}
          />
        )}
        <Space>
          {data?.step === 'check' && data.state === 'done' && (
            <Button
              loading={report.isPending}
              onClick={() => report.mutate({ jobId }, { onSuccess: (file) => { const note = deliverExportedFile(file); if (note) void message.success(note); } })}
              data-testid="import-report"
            >
              下载检查结果(Excel)
            </Button>
          )}
          {data?.importable && (
            <Button type="primary" loading={run.isPending} onClick={() => run.mutate({ jobId }, { onSuccess: (started) => setJobId(started.jobId) })} data-testid="import-run">
              导入 {data.counts.ready} 行
            </Button>
          )}
        </Space>
      </Space>
    </Card>
  );
}
