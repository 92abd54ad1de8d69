import { FileAddOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./paperFormRouteChunk');

/** 空白纸质表单: blanks printed in advance for the day the PC is down, their numbers reserved. */
export const paperFormPages = {
  routes: [{ path: 'paper-forms', element: lazyPage(routeChunk, 'PaperFormsPage') }],
  nav: [{ key: '/paper-forms', icon: <FileAddOutlined />, label: '空白纸质表单', order: 105 }],
} satisfies PageDeclaration;
