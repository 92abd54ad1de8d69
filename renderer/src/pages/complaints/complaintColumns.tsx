import type { TableColumnsType } from 'antd';
import { complaintCategories } from '../../../../shared/domain/complaints/complaint';
import { openStatuses } from '../../../../shared/domain/complaints/complaintLifecycle';
import { DeadlineText } from '../../components/DeadlineText';
import type { ComplaintListItem } from '../../../../shared/domain/complaints/complaintRecords';
import { SeverityTag } from '../../components/SeverityTag';
import { Highlighted } from '../../components/experience/Highlighted';
import { RowSummary } from '../../components/experience/RowKeywords';
import { StatusTag } from '../../components/StatusTag';
import { formatLocalDateTime } from '../../forms/localTime';
import type { ComplaintOrder } from '../../hooks/useComplaintListParams';

/**
 * The list is sorted by the service, by 投诉时间 only: that column shows the order the URL asks for, and a click
 * flips it between newest and oldest first (never "unsorted": the list always has an order).
 */
/**
 * `hits`: what the search found, marked in the number, the name, the room and the summary; each row's key words are
 * marked in its summary too, from the RowKeywordsProvider around the table. At 1366 px the main columns fit without scrolling sideways: 联系电话 (masked
 * anyway) and 受理人 show from 1600 px on, and 内容摘要 takes the rest, cut with its whole text on hover.
 */
export function complaintColumns(order: ComplaintOrder, hits: readonly string[] = []): TableColumnsType<ComplaintListItem> {
  return [
    {
      title: '编号',
      dataIndex: 'number',
      width: 126,
      render: (number: string, row) => (
        // A plain link of the hash router (what react-router's Link draws, without its hooks on every row).
        <a href={`#/complaints/${row.id}`} onClick={(event) => event.stopPropagation()} tabIndex={-1}>
          <Highlighted text={number} hits={hits} />
        </a>
      ),
    },
    {
      title: '投诉时间',
      dataIndex: 'receivedAt',
      width: 128,
      render: (value: string) => formatLocalDateTime(value),
      sorter: true,
      sortOrder: order === 'oldest' ? 'ascend' : 'descend',
      sortDirections: ['descend', 'ascend', 'descend'],
      showSorterTooltip: { title: order === 'oldest' ? '点击改为最新的在前' : '点击改为最早的在前' },
    },
    { title: '投诉人', dataIndex: 'complainantName', width: 80, ellipsis: true, render: (name: string | null) => <Highlighted text={name ?? ''} hits={hits} /> },
    {
      title: '房号',
      dataIndex: 'roomLabel',
      width: 96,
      ellipsis: true,
      onCell: (row) => ({ title: row.roomLabel ?? '' }),
      render: (room: string | null) => <Highlighted text={room ?? ''} hits={hits} />,
    },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 110, responsive: ['xxl'] },
    { title: '分类', dataIndex: 'category', width: 80, render: (value: ComplaintListItem['category']) => complaintCategories[value] },
    {
      title: '严重程度',
      dataIndex: 'severity',
      width: 104,
      render: (_value, row) => <SeverityTag severity={row.severity} urgent={row.urgent} />,
    },
    { title: '状态', dataIndex: 'status', width: 124, render: (_value, row) => <StatusTag status={row.status} round={row.round} /> },
    {
      title: '期限',
      dataIndex: 'dueAt',
      width: 150,
      // The list carries no finish time: a closed case's limit no longer runs, so it is not shown as overdue.
      render: (_value, row) =>
        openStatuses.includes(row.status) ? (
          <DeadlineText dueAt={row.dueAt} />
        ) : (
          <span className="tz-blank">{row.status === 'voided' ? '—' : '已办结'}</span>
        ),
    },
    {
      title: '内容摘要',
      dataIndex: 'contentExcerpt',
      ellipsis: true,
      onCell: (row) => ({ title: row.contentExcerpt, 'data-testid': 'content-excerpt' }) as React.HTMLAttributes<HTMLElement>,
      render: (excerpt: string, row) => <RowSummary rowId={row.id} text={excerpt} hits={hits} />,
    },
    { title: '受理人', dataIndex: 'receiverName', width: 72, ellipsis: true, responsive: ['xxl'] },
  ];
}
