import { PhoneOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./callRouteChunk');

/** 来电记录: the day's calls with quick entry, and a link to one call (it opens on its day). */
export const callPages = {
  routes: [
    { path: 'calls', element: lazyPage(routeChunk, 'CallsPage') },
    { path: 'calls/:id', element: lazyPage(routeChunk, 'CallLinkPage') },
  ],
  nav: [{ key: '/calls', icon: <PhoneOutlined />, label: '来电记录', order: 60 }],
  roomHistory: { kind: 'call', recordPath: (id) => `/calls/${id}`, tagColor: 'geekblue' },
} satisfies PageDeclaration;

// What other folders embed: a complaint that came from a call shows the call.
export { LinkedCallNote } from './LinkedCallNote';
export { CallDeskCard } from './CallDeskCard';
