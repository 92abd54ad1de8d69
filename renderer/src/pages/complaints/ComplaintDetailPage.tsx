import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Tooltip } from 'antd';
import { useDeferredValue } from 'react';
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

  // When a record first arrives, the sections under the first card (work orders, handling, revisits, history…) are
  // drawn in a second pass right after it: the number, actions and details show without waiting for the whole page.
  // Once the deferred pass has reached this record the sections follow the live answer, so after a save every part
  // of the page shows the same revision (and never another record's sections).
  const deferred = useDeferredValue(detail.data);
  const below = deferred?.complaint.id === id ? detail.data : undefined;

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
      {below && (
        <>
          <RepeatsSection repeats={below.repeats} />
          <WorkOrdersSection workOrders={below.workOrders} print={print} printing={printing} />
          <HandlingSection complaint={below.complaint} />
          <ExperienceSection complaint={below.complaint} />
          <RevisitsSection revisits={below.revisits} />
          <InspectionsSection complaint={below.complaint} />
          <DisputesSection disputes={below.disputes} />
          <ExtensionsSection extensions={below.extensions} />
          <CapaSection reports={below.capaReports} print={print} printing={printing} />
          <AttachmentsSection attachments={below.attachments} />
          <Card size="small" title="处理记录">
            <RecordHistory kind="complaint" history={below.history} testId="complaint-history" />
          </Card>
        </>
      )}
      <PrintPreviewModal printed={printed} onClose={close} />
    </Space>
  );
}
