import { InboxOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { lazyPage } from '../../lazyPage';

// The pages themselves load on first visit (lazyPage): this module stays light, it is part of the first render.
const routeChunk = () => import('./archiveRouteChunk');

/** 归档与备份: the monthly archive for head office, checking an archive, backups. */
export const archivePages = {
  routes: [{ path: 'archive', element: lazyPage(routeChunk, 'ArchivePage') }],
  nav: [{ key: '/archive', icon: <InboxOutlined />, label: '归档与备份', order: 110 }],
} satisfies PageDeclaration;

// What other folders embed: head office's settings check archives and keep backups the same way.
export { ArchiveVerifyCard } from './ArchiveVerifyCard';
export { BackupCard } from './BackupCard';
