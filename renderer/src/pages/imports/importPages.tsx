import { CloudUploadOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./importRouteChunk');

/** 导入旧台账: rooms and owners at set-up, then the ledgers the office kept in Excel. */
export const importPages = {
  routes: [{ path: 'imports', element: lazyPage(routeChunk, 'ImportPage') }],
  nav: [{ key: '/imports', icon: <CloudUploadOutlined />, label: '导入旧台账', order: 125 }],
} satisfies PageDeclaration;
