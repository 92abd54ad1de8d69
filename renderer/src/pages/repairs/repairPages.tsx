import { ToolOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { RepairDetailPage } from './RepairDetailPage';
import { RepairFormPage } from './RepairFormPage';
import { RepairListPage } from './RepairListPage';

/** 报修台账: the list, a new repair and each repair's page. */
export const repairPages = {
  routes: [
    { path: 'repairs', element: <RepairListPage /> },
    { path: 'repairs/new', element: <RepairFormPage /> },
    { path: 'repairs/:id', element: <RepairDetailPage /> },
  ],
  nav: [{ key: '/repairs', icon: <ToolOutlined />, label: '报修台账', order: 50 }],
  roomHistory: { kind: 'repair', recordPath: (id) => `/repairs/${id}`, tagColor: 'blue' },
} satisfies PageDeclaration;

// What other folders embed: the call that turns into a repair asks its classification; the desk shows the cards.
export { RepairClassificationFields } from './RepairClassificationFields';
export { RepairDeskCards } from './RepairDeskCards';
export { RepairCompleteModal } from './modals/RepairCompleteModal';
