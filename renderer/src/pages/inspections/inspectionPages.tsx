import { AuditOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./inspectionRouteChunk');

/** 巡查记录: the list and each inspection's page. */
export const inspectionPages = {
  routes: [
    { path: 'inspections', element: lazyPage(routeChunk, 'InspectionListPage') },
    { path: 'inspections/:id', element: lazyPage(routeChunk, 'InspectionDetailPage') },
  ],
  nav: [{ key: '/inspections', icon: <AuditOutlined />, label: '巡查记录', order: 90 }],
  roomHistory: { kind: 'inspection', recordPath: (id) => `/inspections/${id}`, tagColor: 'purple' },
} satisfies PageDeclaration;

// What other folders embed: a complaint's page lists (and logs) its inspections.
export { InspectionsSection } from './InspectionsSection';
