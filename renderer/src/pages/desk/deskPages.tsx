import { CarryOutOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { DeskPage } from './DeskPage';

/** 今日待办, the home page. */
export const deskPages = {
  routes: [{ path: 'desk', element: <DeskPage /> }],
  nav: [{ key: '/desk', icon: <CarryOutOutlined />, label: '今日待办', order: 10 }],
} satisfies PageDeclaration;
