import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space } from 'antd';
import { useParams } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { NotFoundPage } from '../NotFoundPage';
import { RecordHistory } from '../../components/recordHistory/RecordHistory';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { RepairActions } from './RepairActions';
import { RepairDescriptions } from './RepairDescriptions';
import { RepairTimers } from './RepairTimers';
import { BackTitle } from '../../components/BackTitle';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { PageTitle } from '../../components/PageTitle';

/** 报修详情: the record, its live service timers, the next steps, both printed forms and the history. */
export function RepairDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useChannelQuery('repairs.get', { id }, { enabled: valid });
  const { printed, print, printing, close } = usePrintedForm();
  if (!valid) return <NotFoundPage />;
  const repair = detail.data?.repair;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={
          <BackTitle fallback="/repairs">
            <PageTitle>{repair ? `报修详情 ${repair.number}` : '报修详情'}</PageTitle>
          </BackTitle>
        }
        extra={
          <Space>
            <Button icon={<PrinterOutlined />} disabled={!repair} loading={printing('repairs.print', { id })} onClick={() => print('repairs.print', { id })}>
              打印报修单
            </Button>
            <Button
              icon={<PrinterOutlined />}
              disabled={!repair?.dispatchedAt}
              loading={printing('repairs.printWorkOrder', { id })}
              onClick={() => print('repairs.printWorkOrder', { id })}
            >
              打印派工单
            </Button>
          </Space>
        }
      >
        {detail.isError && <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
        {detail.data ? (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <RepairActions detail={detail.data} />
            <RepairDescriptions repair={detail.data.repair} />
          </Space>
        ) : (
          !detail.isError && <Skeleton active />
        )}
      </Card>
      {detail.data && (
        <>
          <RepairTimers repair={detail.data.repair} />
          <Card size="small" title="处理记录">
            <RecordHistory kind="repair" history={detail.data.history} testId="repair-history" />
          </Card>
        </>
      )}
      <PrintPreviewModal printed={printed} onClose={close} />
    </Space>
  );
}
