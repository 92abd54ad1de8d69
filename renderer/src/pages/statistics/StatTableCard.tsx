import { Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { formatChange, formatStat, statColumnTitles, type StatCell, type StatRow, type StatTable } from '../../../../shared/domain/statistics/statistics';
import { tableChartOption } from '../../../../shared/domain/statistics/statisticsCharts';
import { EChart } from './EChart';
import { statLinkPath } from './statLinkPath';

function Figure({ cell, format }: { cell: StatCell | null; format: StatRow['format'] }) {
  const text = formatStat(cell?.value ?? null, format);
  if (!cell?.link) return <>{text}</>;
  return (
    <Link to={statLinkPath(cell.link)} data-testid="stat-link">
      {text}
    </Link>
  );
}

/** A table of the report beside its chart; every figure opens the records it counts. */
export function StatTableCard({ table }: { table: StatTable }) {
  const option = useMemo(() => tableChartOption(table), [table]);
  const columns = [
    { title: statColumnTitles.label, dataIndex: 'label', key: 'label' },
    { title: statColumnTitles.current, key: 'current', align: 'right' as const, render: (_: unknown, row: StatRow) => <Figure cell={row.current} format={row.format} /> },
    ...(table.compare
      ? [
          { title: statColumnTitles.previous, key: 'previous', align: 'right' as const, render: (_: unknown, row: StatRow) => <Figure cell={row.previous} format={row.format} /> },
          { title: statColumnTitles.previousChange, key: 'pc', align: 'right' as const, render: (_: unknown, row: StatRow) => formatChange(row.current.value, row.previous?.value ?? null, row.format) },
          { title: statColumnTitles.lastYear, key: 'lastYear', align: 'right' as const, render: (_: unknown, row: StatRow) => <Figure cell={row.lastYear} format={row.format} /> },
          { title: statColumnTitles.lastYearChange, key: 'lc', align: 'right' as const, render: (_: unknown, row: StatRow) => formatChange(row.current.value, row.lastYear?.value ?? null, row.format) },
        ]
      : []),
  ];
  return (
    <Card size="small" title={table.title} data-testid={`stat-table-${table.key}`}>
      <Row gutter={16}>
        <Col xs={24} xl={option ? 14 : 24}>
          <Table size="small" rowKey="key" pagination={false} columns={columns} dataSource={table.rows} locale={{ emptyText: '本期没有' }} />
        </Col>
        {option && (
          <Col xs={24} xl={10}>
            <EChart option={option} height={240} testId={`chart-${table.key}`} />
          </Col>
        )}
      </Row>
    </Card>
  );
}
