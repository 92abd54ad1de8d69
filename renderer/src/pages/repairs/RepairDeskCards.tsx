import { Card, Col, Row, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { repairDeskListNames, type RepairDeskItem, type RepairDeskListName } from '../../../../shared/domain/repairs/repairRecords';
import { useChannelQuery } from '../../api/queries';
import { formatLocalDateTime } from '../../forms/localTime';

const names = Object.keys(repairDeskListNames) as RepairDeskListName[];

/** 今日待办 for repairs: new ones not yet dispatched, and what is already late (seed 002's 10/30-minute and completion targets). */
export function RepairDeskCards() {
  const desk = useChannelQuery('repairs.desk', {}, { refetchInterval: 60_000 });
  if (!desk.data) return null;
  const data = desk.data;
  return (
    <Row gutter={[12, 12]}>
      {names.map((name) => (
        <Col key={name} xs={24} xl={12}>
          <Card
            size="small"
            data-testid={`desk-repairs-${name}`}
            title={repairDeskListNames[name]}
            extra={
              <span data-testid={`desk-repairs-${name}-count`} style={{ fontSize: 20, fontWeight: 600, color: data[name].total > 0 && name !== 'notDispatched' ? '#cf1322' : undefined }}>
                {data[name].total}
              </span>
            }
            style={{ height: '100%' }}
          >
            {data[name].total === 0 ? (
              <Typography.Text type="secondary">无</Typography.Text>
            ) : (
              <Table<RepairDeskItem>
                size="small"
                rowKey="id"
                dataSource={data[name].items}
                pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
                columns={[
                  { title: '编号', dataIndex: 'number', width: 130, render: (number: string, item) => <Link to={`/repairs/${item.id}`}>{number}</Link> },
                  { title: '内容', dataIndex: 'title', ellipsis: true },
                  { title: '接单人', dataIndex: 'holder', width: 70, render: (holder: string | null) => holder ?? '—' },
                  // A new repair is waiting since it was reported; the others since the time they missed.
                  { title: name === 'notDispatched' ? '报修时间' : '时限', dataIndex: 'dueAt', width: 130, render: formatLocalDateTime },
                ]}
              />
            )}
            {data[name].total > data[name].items.length && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                共 {data[name].total} 条，这里列出最早的 {data[name].items.length} 条。
              </Typography.Text>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
