import type { Updateable } from 'kysely';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import type { InspectionTable } from '../../db/schema';
import { appendHistory, listHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { findActiveStaff } from '../../office/officeRepository';
import { changeRecord, type ChangingRecord } from '../../records/recordChange';
import { DomainError } from '../../../../shared/contract/errors';
import { minutesBetween } from '../../../../shared/domain/officeDate';
import { excerpt } from '../../../../shared/domain/text';
import type { Page } from '../../../../shared/domain/records';
import {
  inspectionNumbering,
  type InspectionDetail,
  type InspectionEditInput,
  type InspectionInput,
  type InspectionListItem,
  type InspectionListQuery,
  type InspectionOutcome,
  type InspectionRecord,
} from '../../../../shared/domain/inspections/inspection';
import { complaintInspected, findInspectionPage, findInspectionRow, insertInspection, type InspectionRow } from './inspectionRepository';

/** A check may be written down a few minutes ahead of the PC's clock, never more. */
const clockSkewMinutes = 5;

/** An inspection changes by correction only, each one the next revision, with the inspector named in its history. */
const changingInspection: ChangingRecord<'inspections'> = {
  table: 'inspections',
  entity: inspectionNumbering.entity,
  label: '巡查记录',
  staffColumns: new Set(['inspector_staff_id']),
  revision: 'everyChange',
};

export function toInspectionRecord(row: InspectionRow): InspectionRecord {
  return {
    id: row.id,
    number: row.number,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    customerName: row.anonymous ? '匿名' : (row.complainant_name ?? ''),
    complaintReceivedAt: row.complaint_received_at,
    complaintContent: row.complaint_content,
    roomId: row.room_id,
    roomLabel: row.room_label,
    inspectedAt: row.inspected_at,
    place: row.place,
    inspectorStaffId: row.inspector_staff_id,
    inspectorName: row.inspector_name,
    findings: row.findings,
    followUp: row.follow_up,
    outcome: row.outcome as InspectionOutcome,
    revision: row.revision,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function inspectionRow(db: AppContext['db'], id: number): Promise<InspectionRow> {
  const row = await findInspectionRow(db, id);
  if (!row) throw new DomainError('not_found', '该巡查记录不存在');
  return row;
}

export async function loadInspection(db: AppContext['db'], id: number): Promise<InspectionRecord> {
  return toInspectionRecord(await inspectionRow(db, id));
}

/** The time and inspector of a check: not in the future, not before the complaint came in, a current staff member. */
async function checkCheck(db: AppContext['db'], now: string, receivedAt: string, inspectedAt: string, inspectorStaffId: number) {
  if (minutesBetween(now, inspectedAt) > clockSkewMinutes) throw new DomainError('rule', '巡查时间不能晚于当前时间', 'inspectedAt');
  if (inspectedAt < receivedAt) throw new DomainError('rule', '巡查时间不能早于投诉时间', 'inspectedAt');
  if (!(await findActiveStaff(db, inspectorStaffId))) throw new DomainError('not_found', '所选巡查人员不存在或已停用', 'inspectorStaffId');
}

export async function createInspection(ctx: AppContext, actor: Actor, input: InspectionInput): Promise<InspectionRecord> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const complaint = await complaintInspected(db, input.complaintId);
  if (!complaint) throw new DomainError('not_found', '该投诉记录不存在', 'complaintId');
  if (complaint.status === 'voided') throw new DomainError('rule', `投诉 ${complaint.number} 已作废,不能再登记巡查`);
  await checkCheck(db, now, complaint.received_at, input.inspectedAt, input.inspectorStaffId);
  const number = await nextRecordNumber(db, inspectionNumbering, now);
  const id = await insertInspection(db, {
    number,
    complaint_id: complaint.id,
    inspected_at: input.inspectedAt,
    place: input.place,
    inspector_staff_id: input.inspectorStaffId,
    findings: input.findings,
    follow_up: input.followUp,
    outcome: input.outcome,
    revision: 0,
    created_by: actor.staffId,
    created_at: now,
    updated_at: now,
  });
  await appendHistory(db, {
    entity: inspectionNumbering.entity,
    entityId: id,
    at: now,
    staffId: actor.staffId,
    action: '登记',
    summary: `登记巡查记录 ${number}(投诉 ${complaint.number})`,
    revision: 0,
  });
  return loadInspection(db, id);
}

const editable = {
  inspectedAt: 'inspected_at',
  place: 'place',
  inspectorStaffId: 'inspector_staff_id',
  findings: 'findings',
  followUp: 'follow_up',
  outcome: 'outcome',
} as const;

/** 更正: only what differs is written, with the reason, as the next revision; nothing to change changes nothing. */
export async function editInspection(ctx: AppContext, actor: Actor, input: InspectionEditInput): Promise<InspectionRecord> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const row = await inspectionRow(db, input.id);
  const set: Updateable<InspectionTable> = {};
  for (const [field, column] of Object.entries(editable) as [keyof typeof editable, (typeof editable)[keyof typeof editable]][]) {
    const value = input[field];
    if (value !== undefined && value !== row[column]) Object.assign(set, { [column]: value });
  }
  if (Object.keys(set).length > 0) {
    const outcome = (set.outcome ?? row.outcome) as InspectionOutcome;
    const followUp = set.follow_up !== undefined ? set.follow_up : row.follow_up;
    if (outcome === 'followUp' && !followUp) throw new DomainError('rule', '需继续跟进时请写明跟进措施', 'followUp');
    await checkCheck(db, now, row.complaint_received_at, (set.inspected_at ?? row.inspected_at) as string, (set.inspector_staff_id ?? row.inspector_staff_id) as number);
    await changeRecord(db, changingInspection, row, actor, now, { action: '更正', summary: `更正巡查记录 ${row.number}`, set, reason: input.reason });
  }
  return loadInspection(db, input.id);
}

export async function getInspection(ctx: AppContext, id: number): Promise<InspectionDetail> {
  return { inspection: await loadInspection(ctx.db, id), history: await listHistory(ctx.db, inspectionNumbering.entity, id) };
}

export async function listInspections(ctx: AppContext, query: InspectionListQuery): Promise<Page<InspectionListItem>> {
  const { rows, total } = await findInspectionPage(ctx.db, query);
  const items = rows.map((row) => {
    const { complaintContent, ...record } = toInspectionRecord(row);
    return { ...record, complaintExcerpt: excerpt(complaintContent, 40) };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
