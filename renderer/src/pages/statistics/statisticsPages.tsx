import { BarChartOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { StatisticsPage } from './StatisticsPage';

/** 统计分析: the monthly report. */
export const statisticsPages = {
  routes: [{ path: 'statistics', element: <StatisticsPage /> }],
  nav: [{ key: '/statistics', icon: <BarChartOutlined />, label: '统计分析', order: 120 }],
} satisfies PageDeclaration;
