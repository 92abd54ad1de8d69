import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Table, Tag, Tooltip, type TableProps } from 'antd';
import type { ComplaintListItem } from '../../../../shared/domain/complaints/complaintRecords';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { prefetchChannel, useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { listInput, useComplaintListParams, type ComplaintListParams } from '../../hooks/useComplaintListParams';
import { useKeysetCursors } from '../../hooks/useKeysetCursors';
import { focusComplaintSearch } from '../../hooks/useGlobalShortcuts';
import { ComplaintFilters } from './ComplaintFilters';
import { complaintColumns } from './complaintColumns';
import { ExportButton } from '../../components/ExportButton';
import { call } from '../../api/client';
import { useKeywords } from '../../hooks/useKeywords';
import { searchHits } from '../../components/experience/searchHits';
import { RowKeywordsProvider } from '../../components/experience/RowKeywords';
import { PageTitle } from '../../components/PageTitle';

const clickableRow = () => 'tz-clickable-row';

/**
 * The rows' table, drawn again only when what it shows changes: the spinner while the next search or page loads sits
 * outside it, so starting a request does not redraw every cell of the rows still on screen (the dearest render of a
 * search, before its request could even leave).
 */
const ComplaintTable = memo(Table<ComplaintListItem>);
/** A search or page answered sooner than this shows no spinner: the rows simply change, without a flash of grey. */
const spinnerDelayMs = 300;

export function ComplaintListPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const { params, input, update: updateAddress, filtered, statsFiltered, pageSizes } = useComplaintListParams();
  const cursors = useKeysetCursors(JSON.stringify({ ...params, page: null }));
  // A new search's or page's request leaves from the input event itself, before React has drawn the new address;
  // the list's query below joins the call under way. Any change but a page turn is page 1, which has no cursor.
  const queryClient = useQueryClient();
  const update = useCallback(
    (patch: Partial<ComplaintListParams>) => {
      const next = updateAddress(patch);
      if (next) prefetchChannel(queryClient, 'complaints.list', { ...listInput(next), after: cursors.cursorFor(next.page) });
    },
    [updateAddress, queryClient, cursors],
  );
  const latestInput = useRef(input);
  useLayoutEffect(() => {
    latestInput.current = input;
  });
  const list = useChannelQuery('complaints.list', { ...input, after: cursors.cursorFor(params.page) }, { placeholderData: keepPreviousData });
  const data = list.data;
  // A previous page kept on screen while the next loads (placeholder) belongs to other filters or another page.
  const answered = data !== undefined && !list.isPlaceholderData;
  if (answered) cursors.remember(data.page, data.next);
  // Past the counting limit the pager still offers the next page as long as there is one.
  const total = !data ? 0 : data.totalIsLowerBound ? Math.max(data.total, params.page * params.pageSize + (data.next ? 1 : 0)) : data.total;

  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) focusComplaintSearch();
  }, [location.state]);

  const open = useCallback((id: number) => navigate(`/complaints/${id}`), [navigate]);
  const items = useMemo(() => data?.items ?? [], [data]);
  const keywords = useKeywords(items.map((item) => item.contentExcerpt));
  // Kept while nothing they depend on changes: new columns or row handlers redraw every cell of the table, and a
  // search is several renders (the address, the request, the answer, the key words).
  // The rows on screen mark what their own search found, and an empty table speaks of its own filters: while the
  // next search's rows load, the previous rows (kept as placeholder) keep their marks, columns and empty text,
  // instead of the whole table being drawn again for rows about to go.
  const shown = useRef({ q: params.q, filtered });
  if (answered) shown.current = { q: params.q, filtered };
  const { q: shownQuery, filtered: shownFiltered } = shown.current;
  const hits = useMemo(() => searchHits(shownQuery), [shownQuery]);
  const columns = useMemo(() => complaintColumns(params.order, hits), [params.order, hits]);
  const keywordsById = useMemo(() => new Map(items.map((item, index) => [item.id, keywords[index] ?? []])), [items, keywords]);
  const onRow = useCallback(
    (row: { id: number }) => ({
      tabIndex: 0,
      onClick: () => open(row.id),
      onKeyDown: (event: React.KeyboardEvent) => {
        if (event.key === 'Enter') open(row.id);
      },
    }),
    [open],
  );

  // New objects each render make antd's Table work out its page and rows again: kept while what they show is the same.
  const totalIsLowerBound = data?.totalIsLowerBound ?? false;
  const shownTotal = data?.total ?? 0;
  const pagination = useMemo(
    () => ({
      current: params.page,
      pageSize: params.pageSize,
      total,
      pageSizeOptions: pageSizes,
      showSizeChanger: true,
      showTotal: () => (totalIsLowerBound ? `${shownTotal} 条以上` : `共 ${total} 条`),
      onChange: (page: number, pageSize: number) => update({ page: pageSize === params.pageSize ? page : 1, pageSize }),
    }),
    [params.page, params.pageSize, total, pageSizes, totalIsLowerBound, shownTotal, update],
  );
  const onTableChange = useCallback<NonNullable<TableProps<ComplaintListItem>['onChange']>>(
    (_pagination, _filters, sorter, { action }) => {
      // Only 投诉时间 sorts, and it never goes unsorted: ascend is oldest first, anything else newest.
      if (action === 'sort' && !Array.isArray(sorter)) update({ order: sorter.order === 'ascend' ? 'oldest' : 'newest' });
    },
    [update],
  );
  const locale = useMemo(
    () => ({
      emptyText: (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={shownFiltered ? '没有符合条件的投诉,请调整筛选条件' : '还没有投诉记录,按 Alt+N 登记第一条'}
        />
      ),
    }),
    [shownFiltered],
  );

  // The same elements on every search: the export takes the filters as they are when it is clicked.
  const header = useMemo(
    () => ({
      title: <PageTitle>投诉台账</PageTitle>,
      extra: (
        <Space>
          <ExportButton run={(fullData) => call('complaints.export', { ...latestInput.current, fullData })} />
          <Tooltip title="Alt+N">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/complaints/new')}>
              登记投诉
            </Button>
          </Tooltip>
        </Space>
      ),
    }),
    [navigate],
  );

  return (
    <Card title={header.title} size="small" extra={header.extra}>
      {statsFiltered && (
        <Tag color="blue" closable onClose={() => update({ stats: {} })} style={{ marginBottom: 8 }} data-testid="stats-filter">
          统计口径筛选(不含作废)
        </Tag>
      )}
      <ComplaintFilters params={params} onChange={update} filtered={filtered} />
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {/* The search its rows answer, once they have come (not the previous rows kept while they load): what a
          test or the bench waits for. */}
      <div data-testid="complaint-table" data-shown-query={answered ? (params.q ?? '') : undefined}>
        <Spin spinning={list.isFetching} delay={spinnerDelayMs}>
          <RowKeywordsProvider value={keywordsById}>
            <ComplaintTable
              size="small"
              rowKey="id"
              columns={columns}
              dataSource={items}
              rowClassName={clickableRow}
              onChange={onTableChange}
              onRow={onRow}
              pagination={pagination}
              locale={locale}
            />
          </RowKeywordsProvider>
        </Spin>
      </div>
    </Card>
  );
}
