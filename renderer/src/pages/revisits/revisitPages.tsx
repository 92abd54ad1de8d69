import { CustomerServiceOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./revisitRouteChunk');

/** 回访: the queue and each revisit's page. */
export const revisitPages = {
  routes: [
    { path: 'revisits', element: lazyPage(routeChunk, 'RevisitQueuePage') },
    { path: 'revisits/:id', element: lazyPage(routeChunk, 'RevisitDetailPage') },
  ],
  nav: [{ key: '/revisits', icon: <CustomerServiceOutlined />, label: '回访', order: 70 }],
  roomHistory: { kind: 'revisit', recordPath: (id) => `/revisits/${id}`, tagColor: 'cyan' },
} satisfies PageDeclaration;

// What other folders embed: the repair's 开始回访, the desk's card, the complaint's 回访 dialog (tries and result).
export { StartRevisitButton } from './StartRevisitButton';
export { RevisitDeskCard } from './RevisitDeskCard';
export { RevisitAttempts } from './RevisitAttempts';
export { RevisitResultForm } from './RevisitResultForm';
