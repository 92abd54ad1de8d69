import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { staffNames } from '../../office/officeRepository';
import { DomainError } from '../../../../shared/contract/errors';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity, ComplaintStatus, ComplaintValidity } from '../../../../shared/domain/complaints/complaint';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import { findComplaintRow, type ComplaintRow } from './complaintRepository';

/** The row (for rules and changes) and the record (for answers) of one complaint; not found is an error. */
export async function loadComplaint(db: Kysely<Database>, id: number): Promise<{ row: ComplaintRow; record: ComplaintRecord }> {
  const row = await findComplaintRow(db, id);
  if (!row) throw new DomainError('not_found', '该投诉记录不存在');
  return { row, record: await toRecord(db, row) };
}

async function toRecord(db: Kysely<Database>, row: ComplaintRow): Promise<ComplaintRecord> {
  const names = await staffNames(db, [row.investigator_staff_id, row.emergency_staff_id, row.handled_by, row.reviewed_by, row.archived_by, row.replied_by]);
  const name = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
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
    dueAt: row.due_at,
    round: row.round,
    investigatorName: name(row.investigator_staff_id),
    findings: row.findings,
    emergencyMeasure: row.emergency_measure,
    emergencyStaffName: name(row.emergency_staff_id),
    causeAnalysis: row.cause_analysis,
    correctionPeriod: row.correction_period,
    correctiveAction: row.corrective_action,
    handlingResult: row.handling_result,
    personAtFault: row.person_at_fault,
    handledByName: name(row.handled_by),
    handledAt: row.handled_at,
    reviewedByName: name(row.reviewed_by),
    reviewedAt: row.reviewed_at,
    reviewComment: row.review_comment,
    revisitDueAt: row.revisit_due_at,
    resolvedAt: row.resolved_at,
    archivedAt: row.archived_at,
    archivedByName: name(row.archived_by),
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    printedRevision: row.printed_revision,
    scanWaiverReason: row.scan_waiver_reason,
    escalatedFrom: row.escalated_from as ComplaintSeverity | null,
    extensionCount: row.extension_count,
    ownerReply: row.owner_reply,
    repliedAt: row.replied_at,
    repliedByName: name(row.replied_by),
  };
}
