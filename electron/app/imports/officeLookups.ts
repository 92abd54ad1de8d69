import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { departmentIdsByName, roomIdsByLabel, staffIdsByName } from './importRepository';

/**
 * What a ledger's rows are checked against, loaded once per run: the office's rooms, staff and departments, and
 * today. A room or a person a row names must be found exactly; nothing is matched to something merely alike.
 */
export interface OfficeLookups {
  rooms: Map<string, number>;
  staff: Map<string, number[]>;
  departments: Map<string, number>;
  today: string;
  now: string;
}

export async function officeLookups(db: Kysely<Database>, now: string): Promise<OfficeLookups> {
  return { rooms: await roomIdsByLabel(db), staff: await staffIdsByName(db), departments: await departmentIdsByName(db), today: now.slice(0, 10), now };
}

export type Found = { ok: true; id: number } | { ok: false; message: string };

export function findRoom(lookups: OfficeLookups, label: string): Found {
  const id = lookups.rooms.get(label);
  if (id !== undefined) return { ok: true, id };
  return { ok: false, message: `房号 ${label} 未登记:请先在“房屋与业主”中登记或导入这套房屋(不会自动对应到相近的房号)` };
}

export function findStaff(lookups: OfficeLookups, name: string): Found {
  const ids = lookups.staff.get(name) ?? [];
  if (ids.length === 1) return { ok: true, id: ids[0]! };
  if (ids.length === 0) return { ok: false, message: `“${name}”不是本处员工:请先在 设置 → 员工 中登记(已离职的登记后可设为停用)` };
  return { ok: false, message: `本处有 ${ids.length} 位员工叫“${name}”,分不清是谁:请先在员工名单中区分姓名` };
}

/** A record's own time: a date alone is taken as the start of that day. */
export function localTime(moment: { date: string; time: string | null }, time: string | null = null): string {
  return `${moment.date}T${moment.time ?? time ?? '00:00:00'}`;
}
