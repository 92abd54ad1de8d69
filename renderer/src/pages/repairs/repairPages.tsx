import { ToolOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./repairRouteChunk');

/** 报修台账: the list, a new repair and each repair's page. */
export const repairPages = {
  routes: [
    { path: 'repairs', element: lazyPage(routeChunk, 'RepairListPage') },
    { path: 'repairs/new', element: lazyPage(routeChunk, 'RepairFormPage') },
    { path: 'repairs/:id', element: lazyPage(routeChunk, 'RepairDetailPage') },
  ],
  nav: [{ key: '/repairs', icon: <ToolOutlined />, label: '报修台账', order: 50 }],
  roomHistory: { kind: 'repair', recordPath: (id) => `/repairs/${id}`, tagColor: 'blue' },
} satisfies PageDeclaration;

// What other folders embed: the call that turns into a repair asks its classification; the desk shows the cards.
export { RepairClassificationFields } from './RepairClassificationFields';
export { RepairDeskCards } from './RepairDeskCards';
export { RepairCompleteModal } from './modals/RepairCompleteModal';
