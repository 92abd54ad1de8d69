import { SolutionOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./workOrderRouteChunk');

/** 派工单: each department's queue of the complaints' work orders. */
export const workOrderPages = {
  routes: [{ path: 'work-orders', element: lazyPage(routeChunk, 'WorkOrdersPage') }],
  nav: [{ key: '/work-orders', icon: <SolutionOutlined />, label: '派工单', order: 30 }],
} satisfies PageDeclaration;
