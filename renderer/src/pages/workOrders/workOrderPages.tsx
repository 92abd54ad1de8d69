import { SolutionOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { WorkOrdersPage } from './WorkOrdersPage';

/** 派工单: each department's queue of the complaints' work orders. */
export const workOrderPages = {
  routes: [{ path: 'work-orders', element: <WorkOrdersPage /> }],
  nav: [{ key: '/work-orders', icon: <SolutionOutlined />, label: '派工单', order: 30 }],
} satisfies PageDeclaration;
