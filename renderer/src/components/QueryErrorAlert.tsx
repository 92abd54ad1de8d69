import { Alert, Button } from 'antd';
import { errorMessage } from '../api/client';

/** A failed load, in Chinese, with a retry. */
export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title="读取失败"
      description={errorMessage(error)}
      action={onRetry && <Button size="small" onClick={onRetry}>重试</Button>}
      style={{ marginBottom: 12 }}
    />
  );
}
