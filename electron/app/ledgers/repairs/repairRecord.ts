import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DomainError } from '../../../../shared/contract/errors';
import type { RepairCategory, RepairChargeType, RepairStatus, RepairUrgency, RepairWorkKind } from '../../../../shared/domain/repairs/repair';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import { findRepairRow, type RepairRow } from './repairRepository';

/** A repair row with its names beside, as the contract names its fields. */
function toRepairRecord(row: RepairRow): RepairRecord {
  return {
    id: row.id,
    number: row.number,
    reportedAt: row.reported_at,
    roomId: row.room_id,
    roomLabel: row.room_label,
    reporterName: row.reporter_name,
    phone: row.phone,
    location: row.location,
    content: row.content,
    category: row.category as RepairCategory,
    workKind: row.work_kind as RepairWorkKind,
    urgency: row.urgency as RepairUrgency,
    status: row.status as RepairStatus,
    receiverName: row.receiver_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    callId: row.call_id,
    callNumber: row.call_number,
    departmentId: row.department_id,
    departmentName: row.department_name,
    assigneeStaffId: row.assignee_staff_id,
    assigneeName: row.assignee_name,
    dispatchedByName: row.dispatcher_name,
    dispatchedAt: row.dispatched_at,
    instructions: row.instructions,
    collectDueAt: row.collect_due_at,
    collectedAt: row.collected_at,
    onSiteDueAt: row.on_site_due_at,
    agreedTimeNote: row.agreed_time_note,
    arrivedAt: row.arrived_at,
    dueAt: row.due_at,
    overrunReason: row.overrun_reason,
    overrunApprovedByName: row.approver_name,
    overrunApprovedAt: row.overrun_approved_at,
    completedAt: row.completed_at,
    completedByName: row.completer_name,
    result: row.result,
    materials: row.materials,
    chargeType: row.charge_type as RepairChargeType | null,
    chargeFen: row.charge_fen,
    revisitDueAt: row.revisit_due_at,
    round: row.round,
    closedAt: row.closed_at,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
  };
}

/** The repair, or the message every channel, form and archive gives for one that does not exist. */
export async function loadRepair(db: Kysely<Database>, id: number): Promise<RepairRecord> {
  const row = await findRepairRow(db, id);
  if (!row) throw new DomainError('not_found', '该报修记录不存在');
  return toRepairRecord(row);
}
