import { FileExclamationOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { LossDeclarationDetailPage } from './LossDeclarationDetailPage';
import { LossDeclarationFormPage } from './LossDeclarationFormPage';
import { LossDeclarationListPage } from './LossDeclarationListPage';

/** 遗失声明: the list, a new declaration and each declaration's page. */
export const lossDeclarationPages = {
  routes: [
    { path: 'loss-declarations', element: <LossDeclarationListPage /> },
    { path: 'loss-declarations/new', element: <LossDeclarationFormPage /> },
    { path: 'loss-declarations/:id', element: <LossDeclarationDetailPage /> },
  ],
  nav: [{ key: '/loss-declarations', icon: <FileExclamationOutlined />, label: '遗失声明', order: 100 }],
  roomHistory: { kind: 'lossDeclaration', recordPath: (id) => `/loss-declarations/${id}`, tagColor: 'gold' },
} satisfies PageDeclaration;

// What other folders embed: the desk's card of declarations due.
export { LossDeskCard } from './LossDeskCard';
