import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { repairCategories, repairStatuses, repairUrgencies, type RepairCategory, type RepairStatus } from '../../../../shared/domain/repairs/repair';
import type { RepairListItem } from '../../../../shared/domain/repairs/repairRecords';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatLocalDateTime } from '../../forms/localTime';
import { enumOptions } from '../../forms/enumOptions';
import { ExportButton } from '../../components/ExportButton';
import { call } from '../../api/client';
import { repairStatFilter } from '../../hooks/statLinkFilter';
import { Highlighted } from '../../components/experience/Highlighted';
import { searchHits } from '../../components/experience/searchHits';
import { PageTitle } from '../../components/PageTitle';

interface Filters {
  status: RepairStatus | null;
  category: RepairCategory | null;
  q: string;
  page: number;
  pageSize: number;
}

/**
 * 报修台账: newest first, filtered by state, category and text (number or its tail, room, reporter, content, phone
 * tail), what the search found marked. At 1366 px it fits without scrolling sideways: 电话 shows from 1600 px on.
 */
export function RepairListPage() {
  const navigate = useNavigate();
  // A statistics figure opens this list with its filter in the address; the rest of the page filters as usual.
  const [search, setSearch] = useSearchParams();
  const { status, category, ...stats } = repairStatFilter(search);
  const statsFiltered = Object.values(stats).some((value) => value !== null);
  const [filters, setFilters] = useState<Filters>({ status, category, q: '', page: 1, pageSize: 20 });
  const update = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, page: 1, ...patch }));
  const input = { ...stats, status: filters.status, category: filters.category, q: filters.q || null };
  const list = useChannelQuery('repairs.list', { ...input, page: filters.page, pageSize: filters.pageSize }, { placeholderData: keepPreviousData });
  const open = (id: number) => navigate(`/repairs/${id}`);
  const hits = searchHits(filters.q);

  return (
    <Card
      title={<PageTitle>报修台账</PageTitle>}
      size="small"
      extra={
        <Space>
          <ExportButton run={(fullData) => call('repairs.export', { ...input, fullData })} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/repairs/new')}>
            登记报修
          </Button>
        </Space>
      }
    >
      {statsFiltered && (
        <Tag color="blue" closable onClose={() => setSearch({})} style={{ marginBottom: 8 }} data-testid="stats-filter">
          统计口径筛选{stats.from ? `(${stats.from} 至 ${stats.to ?? ''},不含作废)` : ''}
        </Tag>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label="搜索报修" placeholder="搜索编号、房号、报修人、内容" allowClear onSearch={(q) => update({ q: q.trim() })} style={{ width: 240 }} />
        <Select<RepairStatus> aria-label="处理状态" allowClear placeholder="处理状态" value={filters.status} options={enumOptions(repairStatuses)} style={{ width: 120 }} onChange={(status) => update({ status: status ?? null })} />
        <Select<RepairCategory> aria-label="报修类别" allowClear placeholder="报修类别" value={filters.category} options={enumOptions(repairCategories)} style={{ width: 130 }} onChange={(category) => update({ category: category ?? null })} />
      </Space>
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<RepairListItem>
        data-testid="repair-table"
        size="small"
        rowKey="id"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={() => 'tz-clickable-row'}
        onRow={(row) => ({ tabIndex: 0, onClick: () => open(row.id), onKeyDown: (event) => event.key === 'Enter' && open(row.id) })}
        columns={[
          { title: '编号', dataIndex: 'number', width: 136, render: (number: string) => <Highlighted text={number} hits={hits} /> },
          { title: '报修时间', dataIndex: 'reportedAt', width: 136, render: formatLocalDateTime },
          {
            title: '房号',
            dataIndex: 'roomLabel',
            width: 100,
            ellipsis: true,
            onCell: (row) => ({ title: row.roomLabel ?? '' }),
            render: (room: string | null) => (room ? <Highlighted text={room} hits={hits} /> : '—'),
          },
          { title: '报修人', dataIndex: 'reporterName', width: 90, ellipsis: true, render: (name: string) => <Highlighted text={name} hits={hits} /> },
          { title: '电话', dataIndex: 'phoneMasked', width: 120, responsive: ['xxl'] },
          {
            title: '内容',
            dataIndex: 'contentExcerpt',
            ellipsis: true,
            onCell: (row) => ({ title: row.contentExcerpt }),
            render: (excerpt: string) => <Highlighted text={excerpt} hits={hits} />,
          },
          { title: '类别', dataIndex: 'category', width: 100, render: (category: RepairCategory) => repairCategories[category] },
          { title: '紧急', dataIndex: 'urgency', width: 70, render: (urgency: keyof typeof repairUrgencies) => (urgency === 'urgent' ? <Tag color="red">紧急</Tag> : '一般') },
          { title: '接单人', dataIndex: 'assigneeName', width: 80, render: (name: string | null) => name ?? '—' },
          { title: '状态', dataIndex: 'status', width: 90, render: (status: RepairStatus) => <Tag>{repairStatuses[status]}</Tag> },
        ]}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => setFilters((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有报修记录" /> }}
      />
    </Card>
  );
}
