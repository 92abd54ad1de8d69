import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Skeleton, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { PrintedForm } from '../../../../shared/domain/records';
import { errorMessage } from '../../api/client';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useHotkey } from '../../hooks/useHotkey';
import { NotFoundPage } from '../NotFoundPage';
import { ComplaintDescriptions } from './ComplaintDescriptions';
import { ComplaintHistory } from './ComplaintHistory';
import { PrintPreviewModal } from './PrintPreviewModal';

export function ComplaintDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const detail = useChannelQuery('complaints.get', { id }, { enabled: valid });
  const print = useChannelMutation('complaints.print');
  const [printed, setPrinted] = useState<PrintedForm | null>(null);

  const onPrint = async () => {
    if (print.isPending) return;
    try {
      setPrinted(await print.mutateAsync({ id }));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  useHotkey((event) => (event.ctrlKey || event.metaKey) && event.code === 'KeyP', () => void onPrint(), detail.isSuccess);

  // Back to the list as it was filtered; a record opened directly has no page behind it.
  const goBack = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/complaints'));

  if (!valid) return <NotFoundPage />;
  const complaint = detail.data?.complaint;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={
          <Space>
            <Button type="text" size="small" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={goBack} />
            {complaint ? `投诉详情 ${complaint.number}` : '投诉详情'}
          </Space>
        }
        extra={
          <Tooltip title="Ctrl+P">
            <Button type="primary" icon={<PrinterOutlined />} loading={print.isPending} disabled={!complaint} onClick={() => void onPrint()}>
              打印
            </Button>
          </Tooltip>
        }
      >
        {detail.isError && <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
        {complaint ? <ComplaintDescriptions complaint={complaint} /> : !detail.isError && <Skeleton active />}
      </Card>
      {detail.data && (
        <Card size="small" title="处理记录">
          <ComplaintHistory history={detail.data.history} />
        </Card>
      )}
      <PrintPreviewModal printed={printed} onClose={() => setPrinted(null)} />
    </Space>
  );
}
