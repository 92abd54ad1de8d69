import { Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { complaintCategories } from '../../../../shared/domain/complaints/complaint';
import { openStatuses } from '../../../../shared/domain/complaints/complaintLifecycle';
import { DeadlineText } from '../../components/DeadlineText';
import type { ComplaintListItem } from '../../../../shared/domain/complaints/complaintRecords';
import { SeverityTag } from '../../components/SeverityTag';
import { Highlighted } from '../../components/experience/Highlighted';
import { StatusTag } from '../../components/StatusTag';
import { formatLocalDateTime } from '../../forms/localTime';
import type { ComplaintOrder } from '../../hooks/useComplaintListParams';

/**
 * The list is sorted by the service, by 投诉时间 only: that column shows the order the URL asks for, and a click
 * flips it between newest and oldest first (never "unsorted": the list always has an order).
 */
/** `keywords`: each row's key words by id, marked in its summary. */
export function complaintColumns(order: ComplaintOrder, keywords: ReadonlyMap<number, readonly string[]> = new Map()): TableColumnsType<ComplaintListItem> {
  return [
    {
      title: '编号',
      dataIndex: 'number',
      width: 126,
      render: (number: string, row) => (
        <Link to={`/complaints/${row.id}`} onClick={(event) => event.stopPropagation()} tabIndex={-1}>
          {number}
        </Link>
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
    { title: '投诉人', dataIndex: 'complainantName', width: 80, ellipsis: true },
    { title: '房号', dataIndex: 'roomLabel', width: 90, ellipsis: true },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 110 },
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
          <Typography.Text type="secondary">{row.status === 'voided' ? '—' : '已办结'}</Typography.Text>
        ),
    },
    {
      title: '内容摘要',
      dataIndex: 'contentExcerpt',
      ellipsis: true,
      render: (excerpt: string, row) => <Highlighted text={excerpt} words={keywords.get(row.id) ?? []} />,
    },
    { title: '受理人', dataIndex: 'receiverName', width: 72, ellipsis: true },
  ];
}
