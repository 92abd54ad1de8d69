import type { Kysely } from 'kysely';
import { settleDataFolderKind } from '../dataFolder/dataFolderKind';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { defaultDepartments, roomLabel, staffRoles } from '../../../shared/domain/office/office';
import type { departmentInput, roomInput, roomListInput, roomLookupInput, staffInput } from '../../../shared/domain/office/officeSchemas';
import type { Page } from '../../../shared/domain/records';
import type { Office, Department, Staff, Room } from '../../../shared/domain/office/officeRecords';
import * as repo from './officeRepository';
import type { Actor } from '../auth/session';
import { recordAdminChange, shownRoom, shownStaff } from './adminHistory';

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

/**
 * Only a manager may make someone a manager or change a manager's account: a supervisor cannot promote themselves.
 * There is always an active manager left (restore, reopening a month and head-office import need one). Each save
 * is a history row with the account before and after.
 */
export async function saveStaff(db: Kysely<Database>, actor: Actor, now: string, input: z.output<typeof staffInput>): Promise<Staff> {
  const current = input.id === undefined ? undefined : (await repo.listStaff(db, { id: input.id }))[0];
  if (actor.role !== 'manager' && (input.role === 'manager' || current?.role === 'manager')) {
    throw new DomainError('forbidden', '经理/主任的账号只能由经理/主任设置', 'role');
  }
  const stopsManaging = current?.role === 'manager' && current.active && (input.role !== 'manager' || !input.active);
  if (stopsManaging && (await repo.countActiveManagers(db, current.id)) === 0) {
    throw new DomainError('rule', `${current.name} 是唯一在职的经理/主任,不能改为其他岗位或停用:请先设置另一位经理/主任`, input.active ? 'role' : 'active');
  }
  if (!(await repo.departmentExists(db, input.departmentId))) {
    throw new DomainError('not_found', '所选部门不存在,请刷新后重选', 'departmentId');
  }
  const row = { name: input.name, department_id: input.departmentId, role: input.role, phone: input.phone, active: input.active ? 1 : 0 };
  let id = input.id;
  if (id === undefined) id = await repo.insertStaff(db, row);
  else if ((await repo.updateStaff(db, id, row)) === 0) throw notFound('员工');
  const saved = (await repo.listStaff(db, { id }))[0]!;
  await recordAdminChange(db, actor, now, {
    entity: 'staff',
    entityId: id,
    action: current ? '修改员工' : '新增员工',
    summary: `${actor.name} ${current ? '修改了' : '新增了'}员工 ${saved.name}(${staffRoles[saved.role]})`,
    before: current ? shownStaff(current) : null,
    after: shownStaff(saved),
  });
  return saved;
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

/** A room and its owners; who replaced whom is a history row (owners' phones masked). */
export async function saveRoom(db: Kysely<Database>, actor: Actor, now: string, input: z.output<typeof roomInput>): Promise<Room> {
  const label = roomLabel(input.building, input.unit, input.roomNo);
  const existing = await repo.findRoomIdByLabel(db, label);
  if (existing !== undefined && existing !== input.id) throw new DomainError('conflict', `房号 ${label} 已登记`, 'roomNo');
  const row = { building: input.building, unit: input.unit, room_no: input.roomNo, label, note: input.note };
  const before = input.id === undefined ? undefined : await repo.findRoomById(db, input.id);
  let id = input.id;
  if (id === undefined) id = await repo.insertRoom(db, row);
  else if ((await repo.updateRoom(db, id, row)) === 0) throw notFound('房屋');
  await repo.replaceOwners(db, id, input.owners);
  const saved = (await repo.findRoomById(db, id))!;
  await recordAdminChange(db, actor, now, {
    entity: 'room',
    entityId: id,
    action: before ? '修改房屋' : '登记房屋',
    summary: `${actor.name} ${before ? '修改了' : '登记了'}房屋 ${saved.label}`,
    before: before ? shownRoom(before) : null,
    after: shownRoom(saved),
  });
  return saved;
}

function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what}不存在,可能已被修改,请刷新后重试`);
}
