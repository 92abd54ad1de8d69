import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { trendChartOption } from '../../../../shared/domain/statistics/statisticsCharts';
import { call } from '../../api/client';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { EChart } from './EChart';
import { MonthClosing } from './MonthClosing';
import { StatTableCard } from './StatTableCard';
import { PageTitle } from '../../components/PageTitle';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (or months) in the address, last month when it names none. */
function usePeriod() {
  const [search, setSearch] = useSearchParams();
  const fallback = dayjs().subtract(1, 'month').format('YYYY-MM');
  const from = monthPattern.test(search.get('from') ?? '') ? search.get('from')! : fallback;
  const to = monthPattern.test(search.get('to') ?? '') && search.get('to')! >= from ? search.get('to')! : from;
  const set = (next: { from: string; to: string }) => setSearch(next.from === next.to ? { from: next.from } : next, { replace: true });
  return { from, to, set };
}

/** 客户投诉处理统计分析报告: charts and tables for a month or a range, printable, exportable, closable. */
export function StatisticsPage() {
  const period = usePeriod();
  const months = { from: period.from, to: period.to };
  const report = useChannelQuery('statistics.report', months);
  const { printed, print, printing, close } = usePrintedForm();
  const trend = useMemo(() => (report.data ? trendChartOption(report.data.trend) : null), [report.data]);

  const range: [Dayjs, Dayjs] = [dayjs(`${period.from}-01`), dayjs(`${period.to}-01`)];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        size="small"
        title={<PageTitle>客户投诉处理统计分析报告</PageTitle>}
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              picker="month"
              value={range}
              allowClear={false}
              aria-label="统计月份"
              onChange={(dates) => dates?.[0] && dates[1] && period.set({ from: dates[0].format('YYYY-MM'), to: dates[1].format('YYYY-MM') })}
            />
            <Button icon={<PrinterOutlined />} loading={printing('statistics.print', months)} onClick={() => print('statistics.print', months)} data-testid="print-report">
              打印报告
            </Button>
            <ExportButton label="导出 Excel" run={() => call('statistics.exportXlsx', months)} />
          </Space>
        }
      >
        {report.isError && <QueryErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
        {report.data && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong data-testid="stat-period">
                统计期间:{report.data.period.label}
              </Typography.Text>
              <Typography.Text type="secondary">
                对比:上期 {report.data.previous.label},去年同期 {report.data.lastYear.label}
              </Typography.Text>
              <MonthClosing report={report.data} />
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              按投诉时间统计本期受理的投诉,已作废的不计;超期含办结晚于时限和到期仍未办结;用时按工作日计算。点击数字可查看对应的记录。
            </Typography.Text>
            {trend && <EChart option={trend} height={260} testId="chart-trend" />}
          </Space>
        )}
      </Card>
      {report.data?.tables.map((table) => <StatTableCard key={table.key} table={table} />)}
      <PrintPreviewModal printed={printed} onClose={close} />
    </Space>
  );
}
