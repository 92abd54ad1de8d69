import type { Kysely } from 'kysely';
import { settleDataFolderKind } from '../dataFolder/dataFolderKind';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { defaultDepartments, roomLabel, type StaffRole } from '../../../shared/domain/office/office';
import type { departmentInput, roomInput, roomListInput, roomLookupInput, staffInput } from '../../../shared/domain/office/officeSchemas';
import type { Page } from '../../../shared/domain/records';
import type { Office, Department, Staff, Room } from '../../../shared/domain/office/officeRecords';
import * as repo from './officeRepository';

export async function saveOffice(db: Kysely<Database>, office: Office, now: string): Promise<Office> {
  // Naming the office makes a fresh folder an office's own (set up by the CLI or demo data without a first start).
  await settleDataFolderKind(db, 'office', now);
  await repo.upsertOffice(db, office);
  return office;
}

/** A new office starts with the departments of DOMAIN.md; they stay editable. */
export async function ensureDefaultDepartments(trx: Kysely<Database>): Promise<void> {
  if ((await repo.listDepartments(trx)).length > 0) return;
  for (const name of defaultDepartments) await repo.insertDepartment(trx, name, true);
}

export async function saveDepartment(db: Kysely<Database>, input: z.output<typeof departmentInput>): Promise<Department> {
  const sameName = await repo.findDepartmentByName(db, input.name);
  if (sameName && sameName.id !== input.id) throw new DomainError('conflict', `已有名为“${input.name}”的部门`, 'name');
  let id = input.id;
  if (id === undefined) id = await repo.insertDepartment(db, input.name, input.active);
  else if ((await repo.updateDepartment(db, id, input.name, input.active)) === 0) throw notFound('部门');
  return (await repo.listDepartments(db)).find((department) => department.id === id)!;
}

/** Only a manager may make someone a manager or change a manager's account: a supervisor cannot promote themselves. */
export async function saveStaff(db: Kysely<Database>, actorRole: StaffRole, input: z.output<typeof staffInput>): Promise<Staff> {
  if (actorRole !== 'manager') {
    const current = input.id === undefined ? undefined : (await repo.listStaff(db, { id: input.id }))[0];
    if (input.role === 'manager' || current?.role === 'manager') {
      throw new DomainError('forbidden', '经理/主任的账号只能由经理/主任设置', 'role');
    }
  }
  if (!(await repo.departmentExists(db, input.departmentId))) {
    throw new DomainError('not_found', '所选部门不存在,请刷新后重选', 'departmentId');
  }
  const row = { name: input.name, department_id: input.departmentId, role: input.role, phone: input.phone, active: input.active ? 1 : 0 };
  let id = input.id;
  if (id === undefined) id = await repo.insertStaff(db, row);
  else if ((await repo.updateStaff(db, id, row)) === 0) throw notFound('员工');
  return (await repo.listStaff(db, { id }))[0]!;
}

export async function listRooms(db: Kysely<Database>, input: z.output<typeof roomListInput>): Promise<Page<Room>> {
  const { rooms, total } = await repo.findRooms(db, {
    building: input.building,
    q: input.q,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items: rooms, total, page: input.page, pageSize: input.pageSize };
}

export async function lookupRooms(db: Kysely<Database>, input: z.output<typeof roomLookupInput>): Promise<Room[]> {
  return (await repo.findRooms(db, { q: input.q, limit: input.limit, offset: 0 })).rooms;
}

export async function saveRoom(db: Kysely<Database>, input: z.output<typeof roomInput>): Promise<Room> {
  const label = roomLabel(input.building, input.unit, input.roomNo);
  const existing = await repo.findRoomIdByLabel(db, label);
  if (existing !== undefined && existing !== input.id) throw new DomainError('conflict', `房号 ${label} 已登记`, 'roomNo');
  const row = { building: input.building, unit: input.unit, room_no: input.roomNo, label, note: input.note };
  let id = input.id;
  if (id === undefined) id = await repo.insertRoom(db, row);
  else if ((await repo.updateRoom(db, id, row)) === 0) throw notFound('房屋');
  await repo.replaceOwners(db, id, input.owners);
  return (await repo.findRoomById(db, id))!;
}

function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what}不存在,可能已被修改,请刷新后重试`);
}
