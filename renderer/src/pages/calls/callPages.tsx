import { PhoneOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { CallLinkPage } from './CallLinkPage';
import { CallsPage } from './CallsPage';

/** 来电记录: the day's calls with quick entry, and a link to one call (it opens on its day). */
export const callPages = {
  routes: [
    { path: 'calls', element: <CallsPage /> },
    { path: 'calls/:id', element: <CallLinkPage /> },
  ],
  nav: [{ key: '/calls', icon: <PhoneOutlined />, label: '来电记录', order: 60 }],
  roomHistory: { kind: 'call', recordPath: (id) => `/calls/${id}`, tagColor: 'geekblue' },
} satisfies PageDeclaration;

// What other folders embed: a complaint that came from a call shows the call.
export { LinkedCallNote } from './LinkedCallNote';
export { CallDeskCard } from './CallDeskCard';
