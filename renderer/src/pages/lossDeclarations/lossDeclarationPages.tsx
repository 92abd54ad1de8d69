import { FileExclamationOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./lossDeclarationRouteChunk');

/** 遗失声明: the list, a new declaration and each declaration's page. */
export const lossDeclarationPages = {
  routes: [
    { path: 'loss-declarations', element: lazyPage(routeChunk, 'LossDeclarationListPage') },
    { path: 'loss-declarations/new', element: lazyPage(routeChunk, 'LossDeclarationFormPage') },
    { path: 'loss-declarations/:id', element: lazyPage(routeChunk, 'LossDeclarationDetailPage') },
  ],
  nav: [{ key: '/loss-declarations', icon: <FileExclamationOutlined />, label: '遗失声明', order: 100 }],
  roomHistory: { kind: 'lossDeclaration', recordPath: (id) => `/loss-declarations/${id}`, tagColor: 'gold' },
} satisfies PageDeclaration;

// What other folders embed: the desk's card of declarations due.
export { LossDeskCard } from './LossDeskCard';
