import type { Page } from '../records';
import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { Room } from './officeRecords';
import { roomListInput, roomLookupInput, roomInput } from './officeSchemas';
import { type RoomPage, roomHistoryInput, type RoomSummary, ownerLookupInput } from './roomPage';

/** Rooms and owners, and a room's history across the ledgers. */
export const roomContract = {
  'rooms.buildings': read<string[]>()(noInput, '楼栋列表'),
  'rooms.list': read<Page<Room>>()(roomListInput, '房屋与业主列表'),
  'rooms.lookup': read<Room[]>()(roomLookupInput, '按房号或业主姓名查找房屋'),
  'rooms.save': write<Room>()(roomInput, '新增或修改房屋及业主'),
  'rooms.history': read<RoomPage>()(roomHistoryInput, '房屋档案:该房屋的记录,按页'),
  'rooms.findByOwner': read<RoomSummary[]>()(ownerLookupInput, '按业主姓名或电话查找房屋'),
};
