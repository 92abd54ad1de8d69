import { z } from 'zod';
import './zodLocale';
import { channel, type Channel } from './channel';
import { byId, complaintIntake, complaintListInput } from '../domain/complaintSchemas';
import { departmentInput, officeInput, roomInput, roomListInput, roomLookupInput, staffInput } from '../domain/officeSchemas';
import type {
  AppInfo,
  ComplaintDetail,
  ComplaintListItem,
  ComplaintRecord,
  Department,
  FontCoverage,
  Office,
  Page,
  PrintedForm,
  Room,
  Staff,
} from '../domain/records';

const none = z.object({}).strict();

/**
 * Every channel between the renderer and the main process, declared once. Main registers handlers from this
 * list, the preload exposes exactly these names, the client is typed by it and the bridge serves it.
 */
export const channels = {
  'app.info': channel<AppInfo>()(none, '软件版本与数据位置'),
  'fonts.coverage': channel<FontCoverage>()(none, '打印字体能显示的字符范围'),

  'office.get': channel<Office | null>()(none, '管理处信息'),
  'office.save': channel<Office>()(officeInput, '保存管理处信息'),
  'departments.list': channel<Department[]>()(none, '部门列表'),
  'departments.save': channel<Department>()(departmentInput, '新增或修改部门'),
  'staff.list': channel<Staff[]>()(none, '员工列表'),
  'staff.save': channel<Staff>()(staffInput, '新增或修改员工'),
  'rooms.buildings': channel<string[]>()(none, '楼栋列表'),
  'rooms.list': channel<Page<Room>>()(roomListInput, '房屋与业主列表'),
  'rooms.lookup': channel<Room[]>()(roomLookupInput, '按房号或业主姓名查找房屋'),
  'rooms.save': channel<Room>()(roomInput, '新增或修改房屋及业主'),

  'complaints.create': channel<ComplaintRecord>()(complaintIntake, '登记业主投诉'),
  'complaints.list': channel<Page<ComplaintListItem>>()(complaintListInput, '投诉列表'),
  'complaints.get': channel<ComplaintDetail>()(byId, '投诉详情'),
  'complaints.print': channel<PrintedForm>()(byId, '打印业主投诉处理记录表'),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Channels[K] extends Channel<z.ZodType, infer O> ? O : never;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
