import { BarChartOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./statisticsRouteChunk');

/** 统计分析: the monthly report. */
export const statisticsPages = {
  routes: [{ path: 'statistics', element: lazyPage(routeChunk, 'StatisticsPage') }],
  nav: [{ key: '/statistics', icon: <BarChartOutlined />, label: '统计分析', order: 120 }],
} satisfies PageDeclaration;
