import { HomeOutlined } from '@ant-design/icons';
import type { PageDeclaration } from '../../pageDeclaration';
import { RoomHistoryPage } from './RoomHistoryPage';
import { RoomsPage } from './RoomsPage';

/** 房屋业主: the register of rooms and owners, and each room's history across every ledger. */
export const roomPages = {
  routes: [
    { path: 'rooms', element: <RoomsPage /> },
    { path: 'rooms/:id', element: <RoomHistoryPage /> },
  ],
  nav: [{ key: '/rooms', icon: <HomeOutlined />, label: '房屋业主', order: 80 }],
} satisfies PageDeclaration;
