import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input, Space, Table, Tag } from 'antd';
import { keepPreviousData } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { callOutcomes, type CallRecord } from '../../../../shared/domain/calls/call';
import { call as callChannel } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { officeNow } from '../../forms/officeNow';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { CallOutcomeModals, type CallOutcomeAction } from './CallOutcomeModals';
import { CallQuickEntry } from './CallQuickEntry';
import { useKeywords } from '../../hooks/useKeywords';
import { searchHits } from '../../components/experience/searchHits';
import { Highlighted } from '../../components/experience/Highlighted';
import { PageTitle } from '../../components/PageTitle';

function Outcome({ call }: { call: CallRecord }) {
  if (call.outcome === 'repair') return <Link to={`/repairs/${call.repairId}`}>转报修 {call.repairNumber}</Link>;
  if (call.outcome === 'complaint') return <Link to={`/complaints/${call.complaintId}`}>转投诉 {call.complaintNumber}</Link>;
  if (call.outcome === 'consultation') return <span>咨询:{call.answer}</span>;
  return <Tag color="orange">{callOutcomes.pending}</Tag>;
}

/** 来电记录: quick entry on top, the day's calls below with the one action that settles each, and the day's sheet. */
export function CallsPage() {
  // A link to one call (from a room's history) opens its day, searched for its number.
  const [params] = useSearchParams();
  const [date, setDate] = useState(() => params.get('date') ?? officeNow().format('YYYY-MM-DD'));
  const [q, setQ] = useState(() => params.get('q') ?? '');
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<{ call: CallRecord; action: CallOutcomeAction } | null>(null);
  const list = useChannelQuery('calls.list', { date, q: q || null, page, pageSize: 50 }, { placeholderData: keepPreviousData });
  const { printed, print, printing, close } = usePrintedForm();
  const calls = list.data?.items ?? [];
  // The matter's key words marked, so the day's calls read at a glance (经验库).
  const keywords = useKeywords(calls.map((item) => item.matter));
  const keywordsById = new Map(calls.map((item, index) => [item.id, keywords[index] ?? []]));
  // What the search found, marked; at 1366 px 记录人 gives way to 事项内容 (it shows from 1600 px on).
  const hits = searchHits(q);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={<><PageTitle readerOnly>来电记录</PageTitle>来电登记</>}>
        <CallQuickEntry />
      </Card>
      <Card
        size="small"
        title="客户来电记录"
        extra={
          <Space>
            <DatePicker allowClear={false} value={dayjs(date)} onChange={(value) => value && (setDate(value.format('YYYY-MM-DD')), setPage(1))} />
            <Input.Search placeholder="搜索编号、房号、来电人、事项" allowClear defaultValue={q} onSearch={(text) => (setQ(text.trim()), setPage(1))} style={{ width: 220 }} />
            <Button icon={<PrinterOutlined />} loading={printing('calls.printDay', { date })} onClick={() => print('calls.printDay', { date })}>
              打印当日来电记录表
            </Button>
            <ExportButton run={(fullData) => callChannel('calls.export', { date, q: q || null, fullData })} />
          </Space>
        }
      >
        {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CallRecord>
          data-testid="call-table"
          size="small"
          rowKey="id"
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
          columns={[
            { title: '编号', dataIndex: 'number', width: 130, render: (number: string) => <Highlighted text={number} hits={hits} /> },
            { title: '时间', dataIndex: 'calledAt', width: 70, render: (at: string) => at.slice(11, 16) },
            {
              title: '单元/编号',
              dataIndex: 'roomLabel',
              width: 100,
              ellipsis: true,
              onCell: (row) => ({ title: row.roomLabel ?? '' }),
              render: (room: string | null) => (room ? <Highlighted text={room} hits={hits} /> : '—'),
            },
            { title: '来电人', dataIndex: 'callerName', width: 90, ellipsis: true, render: (name: string | null) => (name ? <Highlighted text={name} hits={hits} /> : '—') },
            { title: '来电号码', dataIndex: 'phoneMasked', width: 116 },
            {
              title: '事项内容',
              dataIndex: 'matter',
              ellipsis: true,
              onCell: (row) => ({ title: row.matter }),
              render: (matter: string, row) => <Highlighted text={matter} words={keywordsById.get(row.id) ?? []} hits={hits} />,
            },
            { title: '记录人', dataIndex: 'recorderName', width: 80, responsive: ['xxl'] },
            { title: '处理结果', key: 'outcome', width: 220, render: (_, call) => <Outcome call={call} /> },
            {
              title: '处理',
              key: 'actions',
              width: 200,
              render: (_, call) =>
                call.outcome === 'pending' && (
                  <Space size={4}>
                    <Button size="small" onClick={() => setActing({ call, action: 'answer' })}>
                      答复
                    </Button>
                    <Button size="small" onClick={() => setActing({ call, action: 'toRepair' })}>
                      转报修
                    </Button>
                    <Button size="small" onClick={() => setActing({ call, action: 'toComplaint' })}>
                      转投诉
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {acting && <CallOutcomeModals call={acting.call} action={acting.action} onClose={() => setActing(null)} />}
      <PrintPreviewModal printed={printed} onClose={close} />
    </Space>
  );
}
