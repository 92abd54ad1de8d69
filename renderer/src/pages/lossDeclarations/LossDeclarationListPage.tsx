import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { formatYuan } from '../../../../shared/domain/money';
import { lossDeclarationStatuses, lostDocumentTypes, type LossDeclarationStatus, type LostDocumentType } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { LossDeclarationListItem } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { LossStatusTag } from './LossStatusTag';
import { ExportButton } from '../../components/ExportButton';
import { call } from '../../api/client';
import { lossStatFilter } from '../../hooks/statLinkFilter';
import { Highlighted } from '../../components/experience/Highlighted';
import { searchHits } from '../../components/experience/searchHits';
import { PageTitle } from '../../components/PageTitle';

/**
 * What the search found is marked in the number, the name, the room and the document. At 1366 px the columns fit
 * without scrolling sideways: the masked 身份证号 and 电话 show from 1600 px on (the record's page has both).
 */
function lossColumns(hits: readonly string[]): TableColumnsType<LossDeclarationListItem> {
  const marked = (text: string | null) => (text ? <Highlighted text={text} hits={hits} /> : '—');
  return [
    { title: '编号', dataIndex: 'number', width: 136, render: marked },
    { title: '挂失时间', dataIndex: 'declaredAt', width: 130, render: (at: string) => at.slice(0, 16).replace('T', ' ') },
    { title: '客户', dataIndex: 'customerName', width: 90, ellipsis: true, render: marked },
    { title: '身份证号', dataIndex: 'idNumberMasked', width: 180, responsive: ['xxl'] },
    { title: '电话', dataIndex: 'phoneMasked', width: 120, responsive: ['xxl'] },
    { title: '房号', dataIndex: 'roomLabel', width: 100, ellipsis: true, onCell: (row) => ({ title: row.roomLabel ?? '' }), render: marked },
    {
      title: '票据',
      key: 'document',
      ellipsis: true,
      onCell: (row) => ({ title: `${lostDocumentTypes[row.documentType]} ${row.documentNumber}` }),
      render: (_, row) => (
        <>
          {lostDocumentTypes[row.documentType]} <Highlighted text={row.documentNumber} hits={hits} />
        </>
      ),
    },
    { title: '金额', dataIndex: 'amountFen', width: 120, align: 'right', render: (fen: number) => formatYuan(fen) },
    { title: '挂失期至', dataIndex: 'periodEndsOn', width: 100 },
    { title: '记账联', dataIndex: 'stubFound', width: 72, render: (found: boolean) => (found ? '已找到' : '—') },
    { title: '状态', key: 'status', width: 160, render: (_, row) => <LossStatusTag status={row.status} outcome={row.outcome} /> },
  ];
}

/** 遗失声明台账: ID numbers and phones masked, searchable by number, name, room or document number. */
export function LossDeclarationListPage() {
  const navigate = useNavigate();
  // A statistics figure opens this list with its period and outcome in the address.
  const [search, setSearch] = useSearchParams();
  const linked = lossStatFilter(search);
  const stats = { outcome: linked.outcome, excludeVoided: linked.excludeVoided };
  const statsFiltered = stats.outcome !== null || stats.excludeVoided !== null;
  const [status, setStatus] = useState<LossDeclarationStatus | null>(linked.status);
  const [documentType, setDocumentType] = useState<LostDocumentType | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(linked.from && linked.to ? [dayjs(linked.from), dayjs(linked.to)] : null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const searchText = useDebouncedValue(q.trim(), 250);
  const input = {
    status,
    documentType,
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    q: searchText || null,
    ...stats,
  };
  const list = useChannelQuery('lossDeclarations.list', { ...input, ...page }, { placeholderData: keepPreviousData });
  const open = (id: number) => navigate(`/loss-declarations/${id}`);
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage((current) => ({ ...current, page: 1 }));
  };

  return (
    <Card
      title={<PageTitle>收据、发票遗失声明</PageTitle>}
      size="small"
      extra={
        <Space>
          <ExportButton run={(fullData) => call('lossDeclarations.export', { ...input, fullData })} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/loss-declarations/new')}>
            登记遗失声明
          </Button>
        </Space>
      }
    >
      {statsFiltered && (
        <Tag color="blue" closable onClose={() => setSearch({})} style={{ marginBottom: 8 }} data-testid="stats-filter">
          统计口径筛选(不含作废)
        </Tag>
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label="搜索遗失声明" allowClear placeholder="编号、客户姓名、房号或票据号码" value={q} onChange={(event) => reset(setQ)(event.target.value)} style={{ width: 280 }} data-testid="loss-search" />
        <Select<LossDeclarationStatus | null>
          aria-label="状态"
          allowClear
          placeholder="状态"
          value={status}
          onChange={(value) => reset(setStatus)(value ?? null)}
          options={Object.entries(lossDeclarationStatuses).map(([value, label]) => ({ value: value as LossDeclarationStatus, label }))}
          style={{ width: 120 }}
        />
        <Select<LostDocumentType | null>
          aria-label="票据类型"
          allowClear
          placeholder="票据"
          value={documentType}
          onChange={(value) => reset(setDocumentType)(value ?? null)}
          options={Object.entries(lostDocumentTypes).map(([value, label]) => ({ value: value as LostDocumentType, label }))}
          style={{ width: 100 }}
        />
        <DatePicker.RangePicker aria-label="挂失日期" value={range} onChange={(value) => reset(setRange)(value)} placeholder={['挂失日期从', '至']} />
      </Flex>
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table
        data-testid="loss-table"
        size="small"
        rowKey="id"
        columns={lossColumns(searchHits(searchText))}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={() => 'tz-clickable-row'}
        onRow={(row) => ({ tabIndex: 0, onClick: () => open(row.id), onKeyDown: (event) => event.key === 'Enter' && open(row.id) })}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (next, pageSize) => setPage({ page: pageSize === page.pageSize ? next : 1, pageSize }),
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有遗失声明" /> }}
      />
    </Card>
  );
}
