import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { InspectionListItem } from '../../../../shared/domain/inspections/inspection';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import { useChannelQuery } from '../../api/queries';
import { inspectionColumns, inspectionRowClass } from './inspectionColumns';
import { InspectionModal, type InspectionEditing } from './InspectionModal';

/** 巡查记录 on a complaint's page: the on-site checks made for it, and a new one logged from here. */
export function InspectionsSection({ complaint }: { complaint: ComplaintRecord }) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState<InspectionEditing>(null);
  const list = useChannelQuery('inspections.list', { complaintId: complaint.id, pageSize: 200 });
  const place = complaint.roomLabel ?? complaint.address ?? '';
  return (
    <Card
      size="small"
      title="巡查记录"
      extra={
        complaint.status !== 'voided' && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ mode: 'new', complaint: { id: complaint.id, number: complaint.number, place } })}
            data-testid="add-inspection"
          >
            登记巡查
          </Button>
        )
      }
    >
      <Table<InspectionListItem>
        size="small"
        rowKey="id"
        columns={inspectionColumns(false)}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={false}
        rowClassName={inspectionRowClass}
        onRow={(row) => ({ onClick: () => navigate(`/inspections/${row.id}`) })}
        locale={{ emptyText: '尚无巡查记录' }}
        data-testid="complaint-inspections"
      />
      <InspectionModal editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
