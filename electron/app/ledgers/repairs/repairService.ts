import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import { unlinkedRoomProblem } from '../../../../shared/domain/roomPlace';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import { appendHistory, listHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { takePaperNumber } from '../../paperForms/paperBlankService';
import { findRoomById } from '../../office/officeRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { minutesBetween } from '../../../../shared/domain/officeDate';
import { maskPhone } from '../../../../shared/domain/masking';
import { excerpt } from '../../../../shared/domain/text';
import { getApprovalRules } from '../../approvals/approvalService';
import { allowedRepairActions, repairNumbering, repairStepDueAt, type RepairCategory, type RepairStatus, type RepairUrgency } from '../../../../shared/domain/repairs/repair';
import type { RepairIntake, RepairListQuery } from '../../../../shared/domain/repairs/repairSchemas';
import type { RepairDetail, RepairListItem, RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import type { Page } from '../../../../shared/domain/records';
import { findRepairPage, insertRepairRow } from './repairRepository';
import { loadRepair } from './repairRecord';

/** A report time may run a few minutes ahead of the PC's clock, never more. */
const clockSkewMinutes = 5;

/** The room as the forms write it: the linked room's label, or the text typed when nothing matched. */
export async function roomLabelFor(trx: Kysely<Database>, roomId: number | null, roomText: string | null): Promise<string | null> {
  if (roomId === null) {
    // A room text with no registered room must name a place (公共区域, 非登记房号), never a name typed there.
    const problem = unlinkedRoomProblem(roomText);
    if (problem) throw new DomainError('rule', problem, 'roomText');
    return roomText;
  }
  const room = await findRoomById(trx, roomId);
  if (!room) throw new DomainError('not_found', '所选房号不存在,请重新选择', 'roomId');
  return room.label;
}

/** 受理: insert a numbered repair in the caller's transaction (a call turned into a repair shares it). */
export async function insertRepair(trx: Kysely<Database>, actor: Actor, now: string, intake: RepairIntake, callId: number | null = null) {
  if (minutesBetween(now, intake.reportedAt) > clockSkewMinutes) throw new DomainError('rule', '报修时间不能晚于当前时间', 'reportedAt');
  const roomLabel = await roomLabelFor(trx, intake.roomId, intake.roomText);
  // A record entered from a blank paper form takes the number printed on it; any other the next in sequence.
  const paper = intake.paperNumber ? await takePaperNumber(trx, 'repair', intake.paperNumber) : null;
  const number = paper?.number ?? (await nextRecordNumber(trx, repairNumbering, now));
  const id = await insertRepairRow(trx, {
    number,
    reported_at: intake.reportedAt,
    room_id: intake.roomId,
    room_label: roomLabel,
    reporter_name: intake.reporterName,
    phone: intake.phone,
    location: intake.location,
    content: intake.content,
    category: intake.category,
    work_kind: intake.workKind,
    urgency: intake.urgency,
    status: 'accepted',
    receiver_staff_id: actor.staffId,
    call_id: callId,
    created_at: now,
    updated_at: now,
  });
  await paper?.use(id, now);
  await appendHistory(trx, { entity: 'repair', entityId: id, at: now, staffId: actor.staffId, action: '受理', summary: `${paper ? '据纸质表单' : ''}登记报修 ${number}` });
  return { id, number };
}

export async function createRepair(ctx: AppContext, actor: Actor, intake: RepairIntake): Promise<RepairRecord> {
  const { id } = await insertRepair(ctx.db, actor, ctx.clock.now(), intake);
  return loadRepair(ctx.db, id);
}

/** A print is part of the record's story: the history says who printed which form when. */
export async function notePrint(ctx: AppContext, actor: Actor, id: number, title: string): Promise<void> {
  await appendHistory(ctx.db, { entity: 'repair', entityId: id, at: ctx.clock.now(), staffId: actor.staffId, action: '打印', summary: `打印${title}` });
}

export async function listRepairs(ctx: AppContext, query: RepairListQuery): Promise<Page<RepairListItem>> {
  const { rows, total } = await findRepairPage(ctx.db, query);
  const items = rows.map((row) => ({
    id: row.id,
    number: row.number,
    reportedAt: row.reported_at,
    roomLabel: row.room_label,
    reporterName: row.reporter_name,
    phoneMasked: maskPhone(row.phone),
    contentExcerpt: excerpt(row.content, 60),
    category: row.category as RepairCategory,
    urgency: row.urgency as RepairUrgency,
    status: row.status as RepairStatus,
    assigneeName: row.assignee_name,
    dueAt: row.due_at,
    stepDueAt: repairStepDueAt(row.status as RepairStatus, { collectDueAt: row.collect_due_at, onSiteDueAt: row.on_site_due_at, dueAt: row.due_at }),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getRepair(ctx: AppContext, actor: Actor, id: number): Promise<RepairDetail> {
  const repair = await loadRepair(ctx.db, id);
  return { repair, history: await listHistory(ctx.db, 'repair', id), actions: allowedRepairActions(repair.status, actor.role, await getApprovalRules(ctx.db)) };
}
