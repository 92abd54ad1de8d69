import { CarryOutOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./deskRouteChunk');

/** 今日待办, the home page. */
export const deskPages = {
  routes: [{ path: 'desk', element: lazyPage(routeChunk, 'DeskPage') }],
  nav: [{ key: '/desk', icon: <CarryOutOutlined />, label: '今日待办', order: 10 }],
} satisfies PageDeclaration;
