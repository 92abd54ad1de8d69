import { Card, Col, Row, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { repairDeskListNames, type RepairDeskItem, type RepairDeskListName } from '../../../../shared/domain/repairs/repairRecords';
import { useChannelQuery } from '../../api/queries';
import { formatLocalDateTime } from '../../forms/localTime';

const names = Object.keys(repairDeskListNames) as RepairDeskListName[];

/** 今日待办 for repairs: each count is something already late (seed 002's 10/30-minute and completion targets). */
export function RepairDeskCards() {
  const desk = useChannelQuery('repairs.desk', {}, { refetchInterval: 60_000 });
  if (!desk.data) return null;
  const data = desk.data;
  return (
    <Row gutter={[12, 12]}>
      {names.map((name) => (
        <Col key={name} xs={24} xl={8}>
          <Card
            size="small"
            data-testid={`desk-repairs-${name}`}
            title={repairDeskListNames[name]}
            extra={<span style={{ fontSize: 20, fontWeight: 600, color: data[name].total > 0 ? '#cf1322' : undefined }}>{data[name].total}</span>}
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
                  { title: '时限', dataIndex: 'dueAt', width: 130, render: formatLocalDateTime },
                ]}
              />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
