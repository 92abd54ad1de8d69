import { SettingOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./settingsRouteChunk');

/** 设置: the office, departments, staff, time limits, the working calendar. */
export const settingsPages = {
  routes: [{ path: 'settings', element: lazyPage(routeChunk, 'SettingsPage') }],
  nav: [{ key: '/settings', icon: <SettingOutlined />, label: '设置', order: 130 }],
} satisfies PageDeclaration;

// What other folders embed: head office's settings keep the accounts and the about tab the same way.
export { StaffTab } from './StaffTab';
export { AboutTab } from './AboutTab';
