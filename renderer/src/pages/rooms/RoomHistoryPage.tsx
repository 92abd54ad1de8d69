import { Button, Card, Descriptions, Segmented, Skeleton, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { roomHistoryKinds, type RoomHistoryItem, type RoomHistoryKind } from '../../../../shared/domain/roomHistory';
import { call } from '../../api/client';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { NotFoundPage } from '../NotFoundPage';
import { OwnerFinder } from './OwnerFinder';
import { recordPath } from './recordRoutes';
import { roomHistoryColumns } from './roomHistoryColumns';
import { BackTitle } from '../../components/BackTitle';
import { PageTitle } from '../../components/PageTitle';

type KindFilter = RoomHistoryKind | 'all';

/** Records read per page; 加载更多 reads the next page after the last one shown. */
const pageSize = 50;

/**
 * 房屋档案: who lives there and everything every ledger holds for the room, newest first, open items marked.
 * The history comes a page at a time (all kinds or the chosen one); the counts are the room's whole history.
 */
export function RoomHistoryPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const navigate = useNavigate();
  // The chosen kind belongs to the room it was chosen on: another room opens on 全部.
  const [chosen, setChosen] = useState<{ roomId: number; kind: KindFilter }>({ roomId: id, kind: 'all' });
  const kind = chosen.roomId === id ? chosen.kind : 'all';
  const setKind = (next: KindFilter) => setChosen({ roomId: id, kind: next });
  const filter = kind === 'all' ? {} : { kind };
  // Keyed under the channel's name like every channel query; a write anywhere refreshes it (api/client.ts).
  const page = useInfiniteQuery({
    queryKey: ['rooms.history', { id, ...filter }],
    queryFn: ({ pageParam }) => call('rooms.history', { id, ...filter, pageSize, after: pageParam }, { fromQuery: true }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    enabled: valid,
  });
  if (!valid) return <NotFoundPage />;

  const first = page.data?.pages[0];
  const items = page.data?.pages.flatMap((loaded) => loaded.items) ?? [];
  const counts = first?.counts ?? [];
  const kindOptions: { value: KindFilter; label: string }[] = [
    { value: 'all', label: `全部 ${counts.reduce((sum, count) => sum + count.total, 0)}` },
    ...counts.map((count) => ({ value: count.kind, label: `${roomHistoryKinds[count.kind]} ${count.total}` })),
  ];
  const openCount = counts.reduce((sum, count) => sum + count.open, 0);
  const room = first?.room;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={
          <BackTitle fallback="/rooms">
            <PageTitle>{room ? `房屋档案 ${room.label}` : '房屋档案'}</PageTitle>
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
          dataSource={items}
          loading={page.isFetching && !page.isFetchingNextPage}
          pagination={false}
          rowClassName={(item) => (item.open ? 'tz-open-row' : '')}
          onRow={(item) => ({ onClick: () => navigate(recordPath(item.kind, item.id)), style: { cursor: 'pointer' } })}
          locale={{ emptyText: '这户还没有任何记录' }}
          data-testid="room-history"
        />
        {page.hasNextPage && (
          <Button block style={{ marginTop: 8 }} loading={page.isFetchingNextPage} onClick={() => void page.fetchNextPage()} data-testid="room-history-more">
            加载更多(已显示 {items.length} 条)
          </Button>
        )}
      </Card>
    </Space>
  );
}
