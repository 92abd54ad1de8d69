import { useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Progress, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { call, errorMessage } from '../../api/client';
import type { ArchivePlan } from '../../../../shared/domain/archive/archivePlan';
import { ArchiveExportConfirm } from './ArchiveExportConfirm';
import { FolderInput } from '../../components/FolderInput';
import type { ArchivePeriodInput } from '../../../../shared/domain/archive/archive';

type PeriodMode = 'last' | 'month' | 'range';

/**
 * 导出归档: a folder (the USB stick), a period, progress while it runs and a cancel button. Nothing is written
 * before the confirmation has said what will be (an Enter in the month picker only picks the month).
 */
export function ArchiveExportCard() {
  const [out, setOut] = useState('');
  const [mode, setMode] = useState<PeriodMode>('last');
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [fullData, setFullData] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useChannelMutation('archive.export');
  const cancel = useChannelMutation('archive.cancel');
  const job = useChannelQuery('archive.job', { jobId: jobId ?? '-' }, {
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 400 : false),
  });
  const running = job.data?.state === 'running' || start.isPending;
  const fingerprint = useChannelQuery('archive.keyFingerprint', {});

  const period = (): ArchivePeriodInput | undefined => {
    if (mode === 'month' && month) return { month: month.format('YYYY-MM') };
    if (mode === 'range' && range?.[0] && range[1]) return { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
    return undefined;
  };
  const [plan, setPlan] = useState<ArchivePlan | null>(null);
  const [planning, setPlanning] = useState(false);
  const [planError, setPlanError] = useState<string | null>(null);
  const periodInput = () => (period() ? { period: period()! } : {});
  const ask = async () => {
    setPlanError(null);
    setPlanning(true);
    try {
      setPlan(await call('archive.plan', { out, period: period() ?? null }));
    } catch (error) {
      setPlanError(errorMessage(error));
    } finally {
      setPlanning(false);
    }
  };
  const submit = () => {
    setPlan(null);
    start.mutate({ out, fullData, ...periodInput() }, { onSuccess: (started) => setJobId(started.jobId) });
  };
  const periodMissing = (mode === 'month' && !month) || (mode === 'range' && !(range?.[0] && range[1]));

  const state = job.data;
  const percent = state && state.total > 0 ? Math.floor((state.done / state.total) * 100) : 0;
  return (
    <Card size="small" title="导出归档(交总部)" data-testid="archive-export">
      <Typography.Paragraph type="secondary" data-testid="archive-key-fingerprint">
        归档由本管理处的密钥签名。总部第一次导入时会来电核对指纹:
        <Typography.Text code>{fingerprint.data ?? '第一次导出归档时生成'}</Typography.Text>
      </Typography.Paragraph>
      {/* No onFinish: Enter in a field (the month picker) never starts an export; only the button asks. */}
      <Form layout="vertical" disabled={running}>
        <Form.Item label="保存到文件夹(如U盘)" required>
          <FolderInput value={out} onChange={setOut} purpose="archiveExport" data-testid="archive-out" />
        </Form.Item>
        <Form.Item label="期间">
          <Space wrap>
            <Radio.Group value={mode} onChange={(event) => setMode(event.target.value as PeriodMode)}>
              <Radio value="last">最近有记录的月份</Radio>
              <Radio value="month">指定月份</Radio>
              <Radio value="range">日期范围</Radio>
            </Radio.Group>
            {mode === 'month' && <DatePicker picker="month" value={month} onChange={setMonth} />}
            {mode === 'range' && <DatePicker.RangePicker value={range} onChange={(value) => setRange(value)} />}
          </Space>
        </Form.Item>
        <Form.Item>
          <Checkbox checked={fullData} onChange={(event) => setFullData(event.target.checked)}>
            工作簿中显示完整的身份证号和电话(将记入修改记录)
          </Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" loading={running || planning} disabled={!out.trim() || periodMissing} onClick={() => void ask()} data-testid="archive-export-start">
            导出
          </Button>
          {!running && (!out.trim() || periodMissing) && (
            <Typography.Text type="secondary" data-testid="archive-export-why">
              {!out.trim() ? '请先填写保存归档的文件夹' : mode === 'month' ? '请先选择月份' : '请先选择日期范围'}
            </Typography.Text>
          )}
          {running && jobId && (
            <Button danger disabled={false} onClick={() => cancel.mutate({ jobId })} data-testid="archive-export-cancel">
              取消
            </Button>
          )}
        </Space>
      </Form>
      {state && (
        <div style={{ marginTop: 12 }} data-testid="archive-export-progress">
          <Progress percent={state.state === 'done' ? 100 : percent} status={state.state === 'failed' || state.state === 'cancelled' ? 'exception' : state.state === 'done' ? 'success' : 'active'} />
          <Typography.Text type="secondary">
            {state.stage} {state.total > 0 && state.state === 'running' ? `${state.done}/${state.total}` : ''}
          </Typography.Text>
          {state.state === 'done' && <Alert type="success" showIcon title={`已导出:${state.file}`} />}
          {(state.state === 'failed' || state.state === 'cancelled') && <Alert type={state.state === 'failed' ? 'error' : 'info'} showIcon title={state.error} />}
        </div>
      )}
      <ArchiveExportConfirm plan={plan} fullData={fullData} onOk={submit} onCancel={() => setPlan(null)} />
      {planError && <Alert type="error" showIcon title={planError} style={{ marginTop: 8 }} />}
      {start.isError && <Alert type="error" showIcon title={errorMessage(start.error)} style={{ marginTop: 8 }} />}
    </Card>
  );
}
