import type BetterSqlite3 from 'better-sqlite3';
import { insertRow } from './fileAtVersion';

/** Staff ids as `officeRows` writes them. */
export const staffIds = { manager: 1, supervisor: 2, clerk: 3, engineer: 4 } as const;
/** Room ids as `officeRows` writes them. */
export const roomIds = { r3_1_1502: 1, r3_1_1602: 2, r5_2_0801: 3 } as const;

/**
 * 锦绣花园管理处 with its departments, staff, rooms and owners, in the columns 0001 gave these tables (none has lost
 * or required a column since), so the same rows stand for an office at any version.
 */
export function officeRows(raw: BetterSqlite3.Database): void {
  insertRow(raw, 'office', { id: 1, name: '锦绣花园管理处', company_name: '安居物业服务有限公司', code: 'JX01' });
  for (const [index, name] of ['客户服务部', '工程部', '秩序维护部'].entries()) insertRow(raw, 'departments', { name, sort_order: index + 1 });
  insertRow(raw, 'staff', { name: '王经理', department_id: 1, role: 'manager', phone: '13800000001' });
  insertRow(raw, 'staff', { name: '李主管', department_id: 1, role: 'supervisor', phone: '13800000002' });
  insertRow(raw, 'staff', { name: '张晓', department_id: 1, role: 'clerk', phone: null });
  insertRow(raw, 'staff', { name: '赵师傅', department_id: 2, role: 'clerk', phone: '13800000004' });
  for (const [building, unit, room] of [['3', '1', '1502'], ['3', '1', '1602'], ['5', '2', '0801']] as const) {
    insertRow(raw, 'rooms', { building, unit, room_no: room, label: `${building}-${unit}-${room}` });
  }
  insertRow(raw, 'owners', { room_id: roomIds.r3_1_1502, name: '陈喆', phone: '13912345678' });
  insertRow(raw, 'owners', { room_id: roomIds.r3_1_1502, name: '陈王堃', phone: '13912345679', sort_order: 1 });
  insertRow(raw, 'owners', { room_id: roomIds.r3_1_1602, name: '刘芳', phone: '13700001111' });
}

/** 楼上卫生间漏水: the complaint every version's office has, in 0001's columns (later columns are all nullable or defaulted). */
export const leakComplaint = {
  number: 'TS-202610-0001',
  received_at: '2026-10-12T09:05:00',
  channel: 'phone',
  complainant_name: '陈喆',
  room_id: roomIds.r3_1_1502,
  room_label: '3-1-1502',
  phone: '13912345678',
  address: '锦绣花园3栋1单元1502',
  target_department_id: 2,
  content: '楼上卫生间漏水,天花板已经发黄起皮,晚上还在滴水',
  demand: '请尽快联系楼上业主维修,并修复天花板',
  category: 'maintenance',
  severity: 'general',
  status: 'accepted',
  receiver_staff_id: staffIds.clerk,
  created_by: staffIds.clerk,
  created_at: '2026-10-12T09:07:00',
  updated_at: '2026-10-12T09:07:00',
} as const;

/** A second, unrelated complaint, so a search or a backfill can be seen to tell them apart. */
export const noiseComplaint = {
  number: 'TS-202610-0002',
  received_at: '2026-10-30T21:40:00',
  channel: 'anonymous',
  anonymous: 1,
  complainant_name: null,
  room_id: null,
  room_label: null,
  phone: null,
  content: '小区广场夜间跳舞音响太吵,影响休息',
  demand: null,
  category: 'order',
  severity: 'minor',
  status: 'accepted',
  receiver_staff_id: staffIds.clerk,
  created_by: staffIds.clerk,
  created_at: '2026-10-30T21:45:00',
  updated_at: '2026-10-30T21:45:00',
} as const;
