import { useState } from 'react';
import { Alert, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { formatChange, formatStat, monthLabel, type StatFormat } from '../../../../shared/domain/statistics/statistics';
import type { HeadOfficeStatistics } from '../../../../shared/domain/headOffice/headOffice';

type Row = HeadOfficeStatistics['tables'][number]['rows'][number];

/** A figure and, where the office's own report compared it, its change from the previous period. */
function Figure({ value, previous, format }: { value: number | null; previous: number | null; format: StatFormat }) {
  const change = value !== null && previous !== null ? formatChange(value, previous, format) : null;
  return (
    <Space size={4}>
      <span>{formatStat(value, format)}</span>
      {change && change !== '0' && change !== '0.0' && change !== '0.0 个百分点' && <Typography.Text type="secondary">({change})</Typography.Text>}
    </Space>
  );
}

/** 统计对比: one month, the offices as columns and the figures of their statistics as rows; a missing figure is —. */
export function HeadOfficeStatisticsPage() {
  const [month, setMonth] = useState<string | undefined>(undefined);
  const statistics = useChannelQuery('headOffice.statistics', month ? { month } : {});
  const data = statistics.data;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="head-office-statistics">
      <Space>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>
          各管理处统计对比
        </Typography.Title>
        <Select
          style={{ width: 160 }}
          aria-label="月份"
          placeholder="月份"
          value={data?.month ?? undefined}
          onChange={(value: string) => setMonth(value)}
          options={(data?.months ?? []).map((value) => ({ value, label: monthLabel(value) }))}
          data-testid="head-office-statistics-month"
        />
        <Typography.Text type="secondary">括号内为较上期的变化(各管理处自己报告中的上期)</Typography.Text>
      </Space>
      {statistics.error && <Alert type="error" showIcon title={errorMessage(statistics.error)} />}
      {data && data.tables.length === 0 && <Empty description="这个月份还没有任何管理处的统计数据" />}
      {data?.tables.filter((table) => table.rows.length > 0).map((table) => (
        <Card key={table.key} size="small" title={table.title} data-testid={`head-office-stat-${table.key}`}>
          <Table<Row>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={table.rows}
            columns={[
              { title: '项目', dataIndex: 'label', width: 320 },
              ...data.offices.map((office, column) => ({
                title: `${office.name}(${office.code})`,
                key: office.code,
                align: 'right' as const,
                render: (_: unknown, row: Row) => <Figure value={row.values[column] ?? null} previous={row.previous[column] ?? null} format={row.format} />,
              })),
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
