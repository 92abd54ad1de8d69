import { Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { roomHistoryKinds, type RoomHistoryItem } from '../../../../shared/domain/roomHistory';
import { formatLocalDateTime } from '../../forms/localTime';
import { recordPath, recordTagColor } from './recordRoutes';

export const roomHistoryColumns: TableColumnsType<RoomHistoryItem> = [
  { title: '类别', dataIndex: 'kind', width: 90, render: (kind: RoomHistoryItem['kind']) => <Tag color={recordTagColor(kind)}>{roomHistoryKinds[kind]}</Tag> },
  {
    title: '编号',
    dataIndex: 'number',
    width: 140,
    render: (number: string, item) => (
      <Link to={recordPath(item.kind, item.id)} onClick={(event) => event.stopPropagation()}>
        {number || '查看'}
      </Link>
    ),
  },
  { title: '时间', dataIndex: 'at', width: 140, render: formatLocalDateTime },
  { title: '摘要', dataIndex: 'summary', ellipsis: true },
  {
    title: '状态',
    dataIndex: 'statusLabel',
    width: 160,
    render: (label: string, item) => (
      <span>
        {label}
        {item.open && (
          <Tag color="red" style={{ marginInlineStart: 8 }}>
            待处理
          </Tag>
        )}
      </span>
    ),
  },
];
