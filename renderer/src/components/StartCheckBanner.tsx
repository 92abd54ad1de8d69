import { Alert } from 'antd';
import { useChannelQuery } from '../api/queries';

/**
 * The day's integrity check of the data file runs in the background after start: while it runs the records can be
 * read and a save waits for it; a damaged file refuses every save, and says so here on every screen.
 */
export function StartCheckBanner() {
  const check = useChannelQuery('backup.startCheck', {}, { refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false) });
  if (check.data?.state === 'running') {
    return <Alert type="info" banner data-testid="start-check-banner" title="正在检查数据文件…(可以查看记录;保存会在检查完成后进行)" />;
  }
  if (check.data?.state === 'failed') {
    return <Alert type="error" banner data-testid="start-check-banner" title={check.data.message} />;
  }
  return null;
}
