import { FormOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./complaintRouteChunk');

/** 投诉台账: the list, the intake form (登记投诉, its own menu entry after 派工单) and each complaint's page. */
export const complaintPages = {
  routes: [
    { path: 'complaints', element: lazyPage(routeChunk, 'ComplaintListPage') },
    { path: 'complaints/new', element: lazyPage(routeChunk, 'ComplaintFormPage') },
    { path: 'complaints/:id', element: lazyPage(routeChunk, 'ComplaintDetailPage') },
  ],
  nav: [
    { key: '/complaints', icon: <UnorderedListOutlined />, label: '投诉台账', order: 20 },
    { key: '/complaints/new', icon: <FormOutlined />, label: '登记投诉', order: 40 },
  ],
  roomHistory: { kind: 'complaint', recordPath: (id) => `/complaints/${id}`, tagColor: 'volcano' },
} satisfies PageDeclaration;

export { HandlingFields, handlingFieldNames, handlingInput, type HandlingValues } from './actions/HandlingFields';
