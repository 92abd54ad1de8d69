import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatLocalDateTime } from '../../forms/localTime';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { RecordHistory } from '../../components/recordHistory/RecordHistory';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { NotFoundPage } from '../NotFoundPage';
import { RoomLink } from '../../components/RoomLink';
import { OutcomeTag } from './inspectionColumns';
import { InspectionModal, type InspectionEditing } from './InspectionModal';
import { BackTitle } from '../../components/BackTitle';
import { PageTitle } from '../../components/PageTitle';

const pre = (value: string | null) => (value ? <span className="tz-pre-wrap">{value}</span> : '—');

/** One 巡查记录: the check, the complaint it was for, its corrections, and the printed form. */
export function InspectionDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useChannelQuery('inspections.get', { id }, { enabled: valid });
  const [editing, setEditing] = useState<InspectionEditing>(null);
  const { printed, print, printing, close } = usePrintedForm();
  if (!valid) return <NotFoundPage />;
  const inspection = detail.data?.inspection;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={
          <BackTitle fallback="/inspections">
            <PageTitle>{inspection ? `巡查记录 ${inspection.number}` : '巡查记录'}</PageTitle>
          </BackTitle>
        }
        extra={
          <Space>
            <Button icon={<EditOutlined />} disabled={!inspection} onClick={() => inspection && setEditing({ mode: 'edit', inspection })}>
              更正
            </Button>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              disabled={!inspection}
              loading={printing('inspections.print', { id })}
              onClick={() => print('inspections.print', { id })}
              data-testid="print-inspection"
            >
              打印
            </Button>
          </Space>
        }
      >
        {detail.isError && <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
        {inspection ? (
          <Descriptions
            bordered
            size="small"
            column={3}
            data-testid="inspection-descriptions"
            items={[
              { key: 'number', label: '编号', children: <strong>{inspection.number}</strong> },
              { key: 'outcome', label: '巡查结果', children: <OutcomeTag outcome={inspection.outcome} /> },
              { key: 'revision', label: '版本', children: `第 ${inspection.revision} 版` },
              { key: 'complaint', label: '投诉编号', children: <Link to={`/complaints/${inspection.complaintId}`}>{inspection.complaintNumber}</Link> },
              { key: 'customer', label: '客户姓名', children: inspection.customerName || '—' },
              { key: 'room', label: '房号', children: <RoomLink roomId={inspection.roomId} label={inspection.roomLabel} /> },
              { key: 'complaintAt', label: '投诉日期', children: formatLocalDateTime(inspection.complaintReceivedAt) },
              { key: 'matter', label: '投诉事项', span: 2, children: pre(inspection.complaintContent) },
              { key: 'at', label: '巡查时间', children: formatLocalDateTime(inspection.inspectedAt) },
              { key: 'place', label: '巡查地点', children: inspection.place },
              { key: 'inspector', label: '巡查人员', children: inspection.inspectorName },
              { key: 'findings', label: '巡查情况', span: 3, children: pre(inspection.findings) },
              { key: 'followUp', label: '措施 / 跟进', span: 3, children: pre(inspection.followUp) },
              { key: 'created', label: '登记', span: 3, children: `${inspection.createdByName} ${formatLocalDateTime(inspection.createdAt)}` },
            ]}
          />
        ) : (
          !detail.isError && <Skeleton active />
        )}
      </Card>
      {detail.data && (
        <Card size="small" title="修改记录">
          <RecordHistory kind="inspection" history={detail.data.history} testId="inspection-history" />
        </Card>
      )}
      <InspectionModal editing={editing} onClose={() => setEditing(null)} />
      <PrintPreviewModal printed={printed} onClose={close} />
    </Space>
  );
}
