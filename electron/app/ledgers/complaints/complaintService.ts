import type { z } from 'zod';
import type { AppContext } from '../../context';
import { unlinkedRoomProblem } from '../../../../shared/domain/roomPlace';
import type { Actor } from '../../auth/session';
import { appendHistory, listHistory } from '../../history/historyRepository';
import { changeRecord } from '../../records/recordChange';
import { complaintWorkOrders } from './workOrderRepository';
import { allowedActions } from '../../../../shared/domain/complaints/complaintLifecycle';
import { getApprovalRules } from '../../approvals/approvalService';
import { complaintDisputes } from './disputeRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { takePaperNumber } from '../../paperForms/paperBlankService';
import { departmentExists, findRoomById } from '../../office/officeRepository';
import { DomainError } from '../../../../shared/contract/errors';
import type { ComplaintIntake, ComplaintListQuery } from '../../../../shared/domain/complaints/complaintSchemas';
import type { complaintEditInput } from '../../../../shared/domain/complaints/complaintStepSchemas';
import { complaintNumbering, type ComplaintCategory, type ComplaintSeverity, type ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import { maskPhone } from '../../../../shared/domain/masking';
import type { KeysetPage } from '../../../../shared/domain/records';
import type { ComplaintRecord, ComplaintListItem, ComplaintDetail } from '../../../../shared/domain/complaints/complaintRecords';
import { excerpt } from '../../../../shared/domain/text';
import { minutesBetween } from '../../../../shared/domain/officeDate';
import { findComplaintRow, insertComplaint } from './complaintRepository';
import { findComplaintPage } from './complaintListRepository';
import { loadComplaint } from './complaintRecord';
import { changingComplaint, checkAction } from './complaintChange';
import { complaintDeadline } from './deadlines';
import { escalate } from './escalation';
import { complaintAlerts, complaintAttachments, complaintRepeats, complaintRevisits } from './complaintPartsRepository';
import { complaintExtensions } from './deadlineExtensionRepository';
import { complaintCapaReports } from './capaReportRepository';

/** A receipt time may run a few minutes ahead of the PC's clock, never more. */
const clockSkewMinutes = 5;

export async function createComplaint(ctx: AppContext, actor: Actor, intake: ComplaintIntake): Promise<ComplaintRecord> {
  const { db } = ctx;
  const now = ctx.clock.now();
  if (minutesBetween(now, intake.receivedAt) > clockSkewMinutes) {
    throw new DomainError('rule', '投诉时间不能晚于当前时间', 'receivedAt');
  }
  const roomLabel = await checkReferences(db, intake);
  // A record entered from a blank paper form takes the number printed on it; any other the next in sequence.
  const paper = intake.paperNumber ? await takePaperNumber(db, 'complaint', intake.paperNumber) : null;
  const number = paper?.number ?? (await nextRecordNumber(db, complaintNumbering, now));
  const id = await insertComplaint(db, {
    number,
    received_at: intake.receivedAt,
    channel: intake.channel,
    referral_source: intake.channel === 'referral' ? intake.referralSource : null,
    anonymous: intake.anonymous ? 1 : 0,
    // Anonymous stays anonymous: who it was is not kept, even if it was typed before the box was ticked.
    complainant_name: intake.anonymous ? null : intake.complainantName,
    phone: intake.anonymous ? null : intake.phone,
    room_id: intake.roomId,
    room_label: roomLabel,
    address: intake.address,
    target_department_id: intake.targetDepartmentId,
    target_description: intake.targetDescription,
    content: intake.content,
    demand: intake.demand,
    category: intake.category,
    severity: intake.severity,
    urgent: intake.urgent ? 1 : 0,
    validity: null,
    status: 'accepted',
    receiver_staff_id: actor.staffId,
    revision: 0,
    created_by: actor.staffId,
    created_at: now,
    updated_at: now,
    due_at: await complaintDeadline(db, intake.receivedAt, intake.severity, intake.urgent),
  });
  await paper?.use(id, now);
  const summary = paper ? `据纸质表单登记投诉 ${number}` : `登记投诉 ${number}`;
  await appendHistory(db, { entity: 'complaint', entityId: id, at: now, staffId: actor.staffId, action: '受理', summary, revision: 0 });
  await escalate(db, actor, id, now);
  return (await loadComplaint(db, id)).record;
}

/** The room, receiver and department a complaint names must exist; answers the room as the forms write it. */
async function checkReferences(db: AppContext['db'], intake: Pick<ComplaintIntake, 'roomId' | 'roomText' | 'targetDepartmentId'>, storedLabel?: string | null) {
  if (intake.targetDepartmentId !== null && !(await departmentExists(db, intake.targetDepartmentId))) {
    throw new DomainError('not_found', '被投诉部门不存在,请重新选择', 'targetDepartmentId');
  }
  // A room text stored before places were asked for stays as it is until the room itself is corrected.
  if (intake.roomId === null) return intake.roomText === storedLabel ? intake.roomText : unlinkedRoom(intake.roomText);
  const room = await findRoomById(db, intake.roomId);
  if (!room) throw new DomainError('not_found', '所选房号不存在,请重新选择', 'roomId');
  return room.label;
}

/** 更正登记内容: intake fields only; a printed record needs a reason and gets a new revision. */
export async function editComplaint(ctx: AppContext, actor: Actor, input: z.output<typeof complaintEditInput>): Promise<ComplaintRecord> {
  const { db } = ctx;
  const row = await findComplaintRow(db, input.id);
  if (!row) throw new DomainError('not_found', '该投诉记录不存在');
  checkAction('edit', row);
  const { id, reason, roomText, ...fields } = input;
  const merged = {
    roomId: fields.roomId !== undefined ? fields.roomId : row.room_id,
    roomText: roomText !== undefined ? roomText : row.room_id === null ? row.room_label : null,
    targetDepartmentId: fields.targetDepartmentId !== undefined ? fields.targetDepartmentId : row.target_department_id,
  };
  // A room text stored before places were asked for stays as it is until the room itself is corrected.
  const roomLabel = await checkReferences(db, merged, row.room_label);
  const anonymous = fields.anonymous ?? (fields.channel === 'anonymous' || row.anonymous === 1);
  const severity = fields.severity ?? (row.severity as ComplaintSeverity);
  const urgent = fields.urgent ?? row.urgent === 1;
  const receivedAt = fields.receivedAt ?? row.received_at;
  const set = {
    ...(fields.receivedAt !== undefined && { received_at: fields.receivedAt }),
    ...(fields.channel !== undefined && { channel: fields.channel }),
    ...(fields.referralSource !== undefined && { referral_source: fields.referralSource }),
    anonymous: anonymous ? 1 : 0,
    complainant_name: anonymous ? null : fields.complainantName !== undefined ? fields.complainantName : row.complainant_name,
    phone: anonymous ? null : fields.phone !== undefined ? fields.phone : row.phone,
    room_id: merged.roomId,
    room_label: roomLabel,
    ...(fields.address !== undefined && { address: fields.address }),
    target_department_id: merged.targetDepartmentId,
    ...(fields.targetDescription !== undefined && { target_description: fields.targetDescription }),
    ...(fields.content !== undefined && { content: fields.content }),
    ...(fields.demand !== undefined && { demand: fields.demand }),
    ...(fields.category !== undefined && { category: fields.category }),
    severity,
    urgent: urgent ? 1 : 0,
    // An extension approved by a supervisor stands; otherwise the limit follows the corrected classification.
    ...(row.extension_count === 0 && { due_at: await complaintDeadline(db, receivedAt, severity, urgent) }),
  };
  if (!anonymous && !set.complainant_name) throw new DomainError('rule', '请填写投诉人,或勾选“匿名投诉”', 'complainantName');
  await changeRecord(db, changingComplaint, row, actor, ctx.clock.now(), { action: '更正', summary: '更正登记内容', set, reason, reasonRequired: true });
  return (await loadComplaint(db, input.id)).record;
}

export async function listComplaints(ctx: AppContext, query: ComplaintListQuery): Promise<KeysetPage<ComplaintListItem>> {
  const { rows, total, totalIsLowerBound, next } = await findComplaintPage(ctx.db, query, ctx.clock.now());
  const items = rows.map((row) => ({
    id: row.id,
    number: row.number,
    receivedAt: row.received_at,
    complainantName: row.anonymous ? '匿名' : (row.complainant_name ?? ''),
    roomLabel: row.room_label,
    phoneMasked: maskPhone(row.phone),
    category: row.category as ComplaintCategory,
    severity: row.severity as ComplaintSeverity,
    urgent: row.urgent === 1,
    status: row.status as ComplaintStatus,
    contentExcerpt: excerpt(row.content, 60),
    receiverName: row.receiver_name,
    dueAt: row.due_at,
    round: row.round,
  }));
  return { items, total, totalIsLowerBound, next, page: query.page, pageSize: query.pageSize };
}

/** The record's page: the record, its history and every part of its process, and what `actor` may do next. */
export async function getComplaint(ctx: AppContext, actor: Actor, id: number): Promise<ComplaintDetail> {
  const { record } = await loadComplaint(ctx.db, id);
  return {
    complaint: record,
    history: await listHistory(ctx.db, 'complaint', id),
    workOrders: await complaintWorkOrders(ctx.db, id),
    revisits: await complaintRevisits(ctx.db, id),
    extensions: await complaintExtensions(ctx.db, id),
    disputes: await complaintDisputes(ctx.db, id),
    capaReports: await complaintCapaReports(ctx.db, id),
    attachments: await complaintAttachments(ctx.db, id),
    repeats: await complaintRepeats(ctx.db, id),
    alerts: await complaintAlerts(ctx.db, id),
    actions: allowedActions(record.status, actor.role, await getApprovalRules(ctx.db)),
  };
}

/** A room text with no registered room must name a place (公共区域, 非登记房号), never a name typed there. */
function unlinkedRoom(text: string | null): string | null {
  const problem = unlinkedRoomProblem(text);
  if (problem) throw new DomainError('rule', problem, 'roomText');
  return text;
}
