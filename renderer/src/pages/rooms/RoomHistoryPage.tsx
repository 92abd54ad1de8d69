import { Button, Card, Descriptions, Segmented, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { roomHistoryKinds, type RoomHistoryItem, type RoomHistoryKind } from '../../../../shared/domain/roomHistory';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { NotFoundPage } from '../NotFoundPage';
import { OwnerFinder } from './OwnerFinder';
import { recordRoutes } from './recordRoutes';
import { roomHistoryColumns } from './roomHistoryColumns';
import { BackTitle } from '../../components/BackTitle';

type KindFilter = RoomHistoryKind | 'all';

/** 房屋档案: who lives there and everything every ledger holds for the room, newest first, open items marked. */
export function RoomHistoryPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const navigate = useNavigate();
  const [kind, setKind] = useState<KindFilter>('all');
  const page = useChannelQuery('rooms.history', { id }, { enabled: valid });
  if (!valid) return <NotFoundPage />;

  const items = page.data?.items ?? [];
  const shown = kind === 'all' ? items : items.filter((item) => item.kind === kind);
  const present = new Set(items.map((item) => item.kind));
  const kindOptions: { value: KindFilter; label: string }[] = [
    { value: 'all', label: `全部 ${items.length}` },
    ...(Object.keys(roomHistoryKinds) as RoomHistoryKind[])
      .filter((key) => present.has(key))
      .map((key) => ({ value: key, label: `${roomHistoryKinds[key]} ${items.filter((item) => item.kind === key).length}` })),
  ];
  const openCount = items.filter((item) => item.open).length;
  const room = page.data?.room;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={
          <BackTitle fallback="/rooms">
            {room ? `房屋档案 ${room.label}` : '房屋档案'}
          </BackTitle>
        }
        extra={<OwnerFinder />}
      >
        {page.isError && <QueryErrorAlert error={page.error} onRetry={() => void page.refetch()} />}
        {room ? (
          <Descriptions
            size="small"
            bordered
            column={2}
            data-testid="room-summary"
            items={[
              { key: 'label', label: '房号', children: <strong>{room.label}</strong> },
              {
                key: 'open',
                label: '待处理',
                children: openCount > 0 ? <Typography.Text type="danger">{openCount} 项</Typography.Text> : '无',
              },
              {
                key: 'owners',
                label: '业主',
                span: 2,
                children: room.owners.length ? room.owners.map((owner) => `${owner.name} ${owner.phoneMasked}`.trim()).join(';') : '—',
              },
              ...(room.note ? [{ key: 'note', label: '备注', span: 2, children: room.note }] : []),
            ]}
          />
        ) : (
          !page.isError && <Skeleton active />
        )}
      </Card>
      <Card size="small" title="历史记录(最新在前)" extra={<Segmented<KindFilter> options={kindOptions} value={kind} onChange={setKind} aria-label="按类别筛选" />}>
        <Table<RoomHistoryItem>
          size="small"
          rowKey={(item) => `${item.kind}-${item.id}`}
          columns={roomHistoryColumns}
          dataSource={shown}
          loading={page.isFetching}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          rowClassName={(item) => (item.open ? 'tz-open-row' : '')}
          onRow={(item) => ({ onClick: () => navigate(recordRoutes[item.kind](item.id)), style: { cursor: 'pointer' } })}
          locale={{ emptyText: '这户还没有任何记录' }}
          data-testid="room-history"
        />
      </Card>
    </Space>
  );
}
