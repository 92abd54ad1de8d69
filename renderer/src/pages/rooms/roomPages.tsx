import { HomeOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./roomRouteChunk');

/** 房屋业主: the register of rooms and owners, and each room's history across every ledger. */
export const roomPages = {
  routes: [
    { path: 'rooms', element: lazyPage(routeChunk, 'RoomsPage') },
    { path: 'rooms/:id', element: lazyPage(routeChunk, 'RoomHistoryPage') },
  ],
  nav: [{ key: '/rooms', icon: <HomeOutlined />, label: '房屋业主', order: 80 }],
} satisfies PageDeclaration;
