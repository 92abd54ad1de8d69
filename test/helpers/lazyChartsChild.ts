// Imports the chart module, then draws a chart: prints whether ECharts was loaded before and after.
import { createRequire } from 'node:module';
import { chartSvg } from '../../electron/app/statistics/chartSvg';

const echartsLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/echarts/'));
const before = echartsLoaded();
const svg = chartSvg({ xAxis: { type: 'category', data: ['一月'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [3] }] } as never, 200, 100);
console.log(JSON.stringify({ before, after: echartsLoaded(), svg: svg.startsWith('<svg') }));
