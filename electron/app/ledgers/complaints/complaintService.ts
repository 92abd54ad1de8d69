import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Clock } from '../../clock';
import { inTransaction } from '../../db/transaction';
import { appendHistory, listHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { departmentExists, findRoomById, listStaff } from '../../office/officeRepository';
import { DomainError } from '../../../../shared/contract/errors';
import type { ComplaintIntake, ComplaintListQuery } from '../../../../shared/domain/complaintSchemas';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity, ComplaintStatus, ComplaintValidity } from '../../../../shared/domain/complaint';
import { maskPhone } from '../../../../shared/domain/masking';
import type { ComplaintDetail, ComplaintListItem, ComplaintRecord, Page } from '../../../../shared/domain/records';
import { findComplaintPage, findComplaintRow, insertComplaint, type ComplaintRow } from './complaintRepository';

/** A receipt time may run a few minutes ahead of the PC's clock, never more. */
const clockSkewMinutes = 5;

export async function createComplaint(db: Kysely<Database>, clock: Clock, intake: ComplaintIntake): Promise<ComplaintRecord> {
  return inTransaction(db, async (trx) => {
    const now = clock.now();
    if (minutesBetween(now, intake.receivedAt) > clockSkewMinutes) {
      throw new DomainError('rule', '投诉时间不能晚于当前时间', 'receivedAt');
    }
    const [receiver] = await listStaff(trx, { id: intake.receiverStaffId });
    if (!receiver?.active) throw new DomainError('not_found', '受理人不存在或已停用,请重新选择', 'receiverStaffId');
    if (intake.targetDepartmentId !== null && !(await departmentExists(trx, intake.targetDepartmentId))) {
      throw new DomainError('not_found', '被投诉部门不存在,请重新选择', 'targetDepartmentId');
    }
    let roomLabel = intake.roomText;
    if (intake.roomId !== null) {
      const room = await findRoomById(trx, intake.roomId);
      if (!room) throw new DomainError('not_found', '所选房号不存在,请重新选择', 'roomId');
      roomLabel = room.label;
    }

    const number = await nextRecordNumber(trx, 'complaint', now);
    const id = await insertComplaint(trx, {
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
      receiver_staff_id: intake.receiverStaffId,
      revision: 0,
      created_by: intake.receiverStaffId,
      created_at: now,
      updated_at: now,
    });
    await appendHistory(trx, {
      entity: 'complaint',
      entityId: id,
      at: now,
      staffId: intake.receiverStaffId,
      action: '受理',
      summary: `登记投诉 ${number}`,
    });
    return toRecord((await findComplaintRow(trx, id))!);
  });
}

export async function getComplaint(db: Kysely<Database>, id: number): Promise<ComplaintDetail> {
  return { complaint: await findComplaint(db, id), history: await listHistory(db, 'complaint', id) };
}

/** The record alone, without its history (printing needs no history). */
export async function findComplaint(db: Kysely<Database>, id: number): Promise<ComplaintRecord> {
  const row = await findComplaintRow(db, id);
  if (!row) throw new DomainError('not_found', '该投诉记录不存在');
  return toRecord(row);
}

export async function listComplaints(db: Kysely<Database>, query: ComplaintListQuery): Promise<Page<ComplaintListItem>> {
  const { rows, total } = await findComplaintPage(db, query);
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
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

function toRecord(row: ComplaintRow): ComplaintRecord {
  return {
    id: row.id,
    number: row.number,
    receivedAt: row.received_at,
    channel: row.channel as ComplaintChannel,
    referralSource: row.referral_source,
    anonymous: row.anonymous === 1,
    complainantName: row.complainant_name,
    roomId: row.room_id,
    roomLabel: row.room_label,
    phone: row.phone,
    address: row.address,
    targetDepartmentId: row.target_department_id,
    targetDepartmentName: row.target_department_name,
    targetDescription: row.target_description,
    content: row.content,
    demand: row.demand,
    category: row.category as ComplaintCategory,
    severity: row.severity as ComplaintSeverity,
    urgent: row.urgent === 1,
    validity: row.validity as ComplaintValidity | null,
    status: row.status as ComplaintStatus,
    receiverStaffId: row.receiver_staff_id,
    receiverName: row.receiver_name,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Cut by characters, not UTF-16 units, so a rare character such as 𠮷 is never split in half. */
function excerpt(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

/** Minutes from `earlier` to `later`, both local ISO text in the same zone. */
function minutesBetween(earlier: string, later: string): number {
  return (Date.parse(`${later}Z`) - Date.parse(`${earlier}Z`)) / 60_000;
}
