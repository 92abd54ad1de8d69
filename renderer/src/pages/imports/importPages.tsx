import { CloudUploadOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { ImportPage } from './ImportPage';

/** 导入旧台账: rooms and owners at set-up, then the ledgers the office kept in Excel. */
export const importPages = {
  routes: [{ path: 'imports', element: <ImportPage /> }],
  nav: [{ key: '/imports', icon: <CloudUploadOutlined />, label: '导入旧台账', order: 125 }],
} satisfies PageDeclaration;
