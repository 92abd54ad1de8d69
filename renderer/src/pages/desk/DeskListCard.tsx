import { Card, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { type DeskItem, type DeskList, deskListNames, type DeskListName } from '../../../../shared/domain/desk/desk';
import { DeadlineText } from '../../components/DeadlineText';

/** Lists where any count at all means something is already late or waiting on a person. */
const pressing: ReadonlySet<DeskListName> = new Set(['overdue', 'dueToday', 'ordersNotCollected']);

/** One desk list: how many, and the most pressing ones, each a click (or Enter) away from its record. */
export function DeskListCard({ name, list }: { name: DeskListName; list: DeskList }) {
  const navigate = useNavigate();
  const open = (item: DeskItem) => navigate(`/complaints/${item.complaintId}`);
  const tone = list.total > 0 && pressing.has(name) ? (name === 'dueToday' ? '#ad4e00' : '#cf1322') : undefined;

  return (
    <Card
      size="small"
      data-testid={`desk-${name}`}
      title={deskListNames[name]}
      extra={
        <span data-testid={`desk-${name}-count`} style={{ fontSize: 20, fontWeight: 600, color: tone }}>
          {list.total}
        </span>
      }
      style={{ height: '100%' }}
    >
      {list.total === 0 ? (
        <Typography.Text type="secondary">无</Typography.Text>
      ) : (
        <Table<DeskItem>
          size="small"
          rowKey="complaintId"
          dataSource={list.items}
          rowClassName={() => 'tz-clickable-row'}
          onRow={(item) => ({
            tabIndex: 0,
            onClick: () => open(item),
            onKeyDown: (event) => {
              if (event.key === 'Enter') open(item);
            },
          })}
          pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            {
              title: '编号',
              dataIndex: 'number',
              width: 130,
              // A real link too, so the record can be opened in the keyboard's tab order and by middle-click.
              render: (number: string, item) => (
                <Link to={`/complaints/${item.complaintId}`} onClick={(event) => event.stopPropagation()}>
                  {number}
                </Link>
              ),
            },
            { title: '内容', dataIndex: 'title', ellipsis: true },
            { title: '房号', dataIndex: 'roomLabel', width: 90, render: (room: string | null) => room ?? '—' },
            { title: '经办人', dataIndex: 'holder', width: 80, render: (holder: string | null) => holder ?? '—' },
            { title: '期限', dataIndex: 'dueAt', width: 150, render: (dueAt: string | null) => <DeadlineText dueAt={dueAt} /> },
          ]}
        />
      )}
      {list.total > list.items.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {list.total} 条,这里列出最紧急的 {list.items.length} 条。
        </Typography.Text>
      )}
    </Card>
  );
}
