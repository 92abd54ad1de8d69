import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Tooltip } from 'antd';
import { useParams } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useHotkey } from '../../hooks/useHotkey';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { NotFoundPage } from '../NotFoundPage';
import { ComplaintActions } from './actions/ComplaintActions';
import { ComplaintDescriptions } from './ComplaintDescriptions';
import { RecordHistory } from '../../components/recordHistory/RecordHistory';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { AlertsSection } from './sections/AlertsSection';
import { AttachmentsSection } from './sections/AttachmentsSection';
import { CapaSection } from './sections/CapaSection';
import { ExtensionsSection } from './sections/ExtensionsSection';
import { DisputesSection } from './sections/DisputesSection';
import { HandlingSection } from './sections/HandlingSection';
import { RepeatsSection } from './sections/RepeatsSection';
import { RevisitsSection } from './sections/RevisitsSection';
import { WorkOrdersSection } from './sections/WorkOrdersSection';
import { LinkedCallNote } from '../calls/callPages';
import { InspectionsSection } from '../inspections/inspectionPages';
import { BackTitle } from '../../components/BackTitle';
import { ExperienceSection } from './experience/ExperienceSection';
import { PageTitle } from '../../components/PageTitle';

export function ComplaintDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useChannelQuery('complaints.get', { id }, { enabled: valid });
  const { printed, print, printing, close } = usePrintedForm();

  useHotkey((event) => (event.ctrlKey || event.metaKey) && event.code === 'KeyP', () => print('complaints.print', { id }), detail.isSuccess);

  // Back to the list as it was filtered; a record opened directly has no page behind it.

  if (!valid) return <NotFoundPage />;
  const data = detail.data;
  const complaint = data?.complaint;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={
          <BackTitle fallback="/complaints">
            <PageTitle>{complaint ? `投诉详情 ${complaint.number}` : '投诉详情'}</PageTitle>
          </BackTitle>
        }
        extra={
          <Tooltip title="Ctrl+P">
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              loading={printing('complaints.print', { id })}
              disabled={!complaint}
              onClick={() => print('complaints.print', { id })}
              data-testid="print-complaint"
            >
              打印
            </Button>
          </Tooltip>
        }
      >
        {detail.isError && <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
        {data ? (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ComplaintActions detail={data} print={print} />
            <AlertsSection alerts={data.alerts} />
            <LinkedCallNote complaintId={data.complaint.id} />
            <ComplaintDescriptions complaint={data.complaint} />
          </Space>
        ) : (
          !detail.isError && <Skeleton active />
        )}
      </Card>
      {data && (
        <>
          <RepeatsSection repeats={data.repeats} />
          <WorkOrdersSection workOrders={data.workOrders} print={print} printing={printing} />
          <HandlingSection complaint={data.complaint} />
          <ExperienceSection complaint={data.complaint} />
          <RevisitsSection revisits={data.revisits} />
          <InspectionsSection complaint={data.complaint} />
          <DisputesSection disputes={data.disputes} />
          <ExtensionsSection extensions={data.extensions} />
          <CapaSection reports={data.capaReports} print={print} printing={printing} />
          <AttachmentsSection attachments={data.attachments} />
          <Card size="small" title="处理记录">
            <RecordHistory kind="complaint" history={data.history} testId="complaint-history" />
          </Card>
        </>
      )}
      <PrintPreviewModal printed={printed} onClose={close} />
    </Space>
  );
}
