import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { RevisitAttempts } from './RevisitAttempts';
import { RevisitOutcome } from './RevisitOutcome';
import { RevisitResultForm } from './RevisitResultForm';
import { RevisitSubjectDescriptions } from './RevisitSubjectDescriptions';
import { PlanRevisitModal } from './PlanRevisitModal';
import { PageTitle } from '../../components/PageTitle';

/** /revisits/:id — the subject, the tries, and the 回访记录表 to fill in (or as filled in), printable. */
export function RevisitDetailPage() {
  const id = Number(useParams().id);
  const query = useChannelQuery('revisits.get', { id });
  const printing = usePrintedForm();
  const [planning, setPlanning] = useState(false);
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const detail = query.data;
  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={<PageTitle>{`回访 · ${detail.revisit.number}`}</PageTitle>}
        extra={
          <Space>
            <Button onClick={() => setPlanning(true)} data-testid="plan-revisit">
              另行计划回访
            </Button>
            <Button icon={<PrinterOutlined />} loading={printing.printing('revisits.print', { id })} onClick={() => printing.print('revisits.print', { id })} data-testid="print-revisit">
              打印回访记录表
            </Button>
          </Space>
        }
      >
        <RevisitSubjectDescriptions detail={detail} />
      </Card>
      <Card size="small" title="联系记录">
        <RevisitAttempts detail={detail} />
      </Card>
      <Card size="small" title={detail.revisit.status === 'planned' ? '已联系上:登记回访' : '回访结果'}>
        {detail.revisit.status === 'planned' ? <RevisitResultForm detail={detail} /> : detail.revisit.status === 'done' ? <RevisitOutcome revisit={detail.revisit} /> : '此次回访已取消'}
      </Card>
      <PrintPreviewModal printed={printing.printed} onClose={printing.close} />
      <PlanRevisitModal subjectKind={detail.revisit.subjectKind} subjectId={detail.revisit.subjectId} open={planning} onClose={() => setPlanning(false)} />
    </Flex>
  );
}
