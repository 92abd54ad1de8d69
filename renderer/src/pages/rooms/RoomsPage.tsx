import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table } from 'antd';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import type { Room } from '../../../../shared/domain/office/officeRecords';
import { useBuildings, useChannelQuery } from '../../api/queries';
import { CommitOnPauseInput } from '../../components/CommitOnPauseInput';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Editing } from '../../forms/editing';
import { RoomModal } from './RoomModal';
import { roomColumns } from './roomColumns';
import { PageTitle } from '../../components/PageTitle';

/** 房屋业主: the register the intake form looks rooms up in. */
export function RoomsPage() {
  const [building, setBuilding] = useState<string>();
  const [q, setQ] = useState<string>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Editing<Room>>(null);
  const buildings = useBuildings();
  const rooms = useChannelQuery('rooms.list', { building, q, ...paging }, { placeholderData: keepPreviousData });

  return (
    <Card
      title={<PageTitle>房屋业主</PageTitle>}
      size="small"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增房屋
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部楼栋"
          aria-label="按楼栋筛选"
          value={building}
          onChange={(value?: string) => {
            setBuilding(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          options={(buildings.data ?? []).map((name) => ({ value: name, label: `${name} 栋` }))}
          style={{ width: 140 }}
        />
        <CommitOnPauseInput
          value={q}
          onCommit={(value) => {
            setQ(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          placeholder="搜索房号或业主姓名"
          aria-label="搜索房屋"
          style={{ width: 240 }}
        />
      </Space>
      {rooms.isError && <QueryErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />}
      <Table<Room>
        size="small"
        rowKey="id"
        data-testid="room-table"
        columns={roomColumns(setEditing)}
        dataSource={rooms.data?.items ?? []}
        loading={rooms.isFetching}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: rooms.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 户`,
          onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        locale={{ emptyText: q || building ? '没有符合条件的房屋' : '还没有登记房屋,点“新增房屋”开始' }}
      />
      <RoomModal editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
