import type {  } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { TextGuard } from '../../forms/textGuard';
import { complaintFormDefinition } from './complaintForm';

/**
 * The record a blank 业主投诉处理记录表 shows: its reserved number and nothing else. The enum fields hold any value;
 * the blank layout ticks none of their boxes.
 */
function blankComplaint(number: string): ComplaintRecord {
  return {
    id: 0, number, receivedAt: '', channel: 'phone', referralSource: null, anonymous: false, complainantName: null, roomId: null,
    roomLabel: null, phone: null, address: null, targetDepartmentId: null, targetDepartmentName: null, targetDescription: null,
    content: '', demand: null, category: 'other', severity: 'general', urgent: false, validity: null, status: 'accepted',
    receiverStaffId: 0, receiverName: '', revision: 0, createdAt: '', updatedAt: '', dueAt: '', round: 0, investigatorName: null,
    findings: null, emergencyMeasure: null, emergencyStaffName: null, causeAnalysis: null, correctionPeriod: null,
    correctiveAction: null, handlingResult: null, personAtFault: null, handledByName: null, handledAt: null, reviewedByName: null,
    reviewedAt: null, reviewComment: null, revisitDueAt: null, resolvedAt: null, archivedAt: null, archivedByName: null,
    voidedAt: null, voidReason: null, printedRevision: null, scanWaiverReason: null, escalatedFrom: null, extensionCount: 0,
    ownerReply: null, repliedAt: null, repliedByName: null,
  };
}

/** A blank form printed in advance for the day the PC is down, under its reserved number and its own code. */
export function blankComplaintFormDefinition(office: Office, number: string, guard: TextGuard, printedAt: string): PrintDefinition {
  return complaintFormDefinition(office, blankComplaint(number), guard, printedAt, null, 'blank');
}
