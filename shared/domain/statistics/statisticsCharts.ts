import type { StatTable, StatTrend } from './statistics';

/**
 * ECharts options for the report's charts, built once for both sides: the page draws them in the browser and the
 * main process renders the same options to SVG for the printed report. Plain data only (no echarts import here).
 */
export type ChartOption = Record<string, unknown>;

const base = (fontFamily: string) => ({ animation: false, textStyle: { fontFamily, fontSize: 12 }, color: ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96', '#722ed1', '#13c2c2', '#faad14', '#8c8c8c'] });

function shown(value: number | null, percent: boolean): number {
  if (value === null) return 0;
  return percent ? Math.round(value * 1000) / 10 : value;
}

/** A zero is drawn but not labelled: a row of 0s over the axis says nothing and crowds the labels that do. */
const point = (value: number) => (value === 0 ? { value, label: { show: false } } : value);

/** Room above the plot for the chart's title, so the label of the tallest bar or point stays clear of it. */
const titleRoom = 56;

export function tableChartOption(table: StatTable, fontFamily = 'sans-serif'): ChartOption | null {
  if (!table.chart || table.rows.length === 0) return null;
  const percent = table.rows.every((row) => row.format === 'percent');
  if (table.chart === 'pie') {
    const data = table.rows.filter((row) => (row.current.value ?? 0) > 0).map((row) => ({ name: row.label, value: shown(row.current.value, false) }));
    return {
      ...base(fontFamily),
      title: { text: table.title, left: 'center', textStyle: { fontFamily, fontSize: 14 } },
      // Below the title, small enough that labels above the ring stay under it; crowded labels move apart.
      series: [{ type: 'pie', radius: ['24%', '48%'], center: ['50%', '60%'], data, avoidLabelOverlap: true, label: { formatter: '{b}\n{c} 件', fontFamily } }],
    };
  }
  return {
    ...base(fontFamily),
    title: { text: table.title, left: 'center', textStyle: { fontFamily, fontSize: 14 } },
    grid: { left: 40, right: 16, top: titleRoom, bottom: 64 },
    xAxis: { type: 'category', data: table.rows.map((row) => row.label), axisLabel: { interval: 0, rotate: table.rows.length > 5 ? 30 : 0, fontFamily } },
    yAxis: { type: 'value', minInterval: 1, ...(percent && { max: 100, axisLabel: { formatter: '{value}%' } }) },
    series: [
      {
        type: 'bar',
        name: '本期',
        barMaxWidth: 36,
        data: table.rows.map((row) => point(shown(row.current.value, percent))),
        label: { show: true, position: 'top', fontFamily, ...(percent && { formatter: '{c}%' }) },
      },
    ],
  };
}

export function trendChartOption(trend: StatTrend, fontFamily = 'sans-serif'): ChartOption {
  return {
    ...base(fontFamily),
    title: { text: trend.title, left: 'center', textStyle: { fontFamily, fontSize: 14 } },
    legend: { bottom: 0, textStyle: { fontFamily } },
    grid: { left: 40, right: 16, top: titleRoom, bottom: 48 },
    xAxis: { type: 'category', data: trend.months.map((month) => `${month.slice(2, 4)}/${month.slice(5, 7)}`) },
    yAxis: { type: 'value', minInterval: 1 },
    // Lines that meet would print their labels on top of each other: a label that would overlap another is left out.
    series: trend.series.map((line) => ({ type: 'line', name: line.label, data: line.values.map(point), label: { show: true, fontFamily }, labelLayout: { hideOverlap: true } })),
  };
}
