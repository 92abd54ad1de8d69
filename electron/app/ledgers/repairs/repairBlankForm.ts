import type {  } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { TextGuard } from '../../forms/textGuard';
import { repairFormDefinition } from './repairForm';

/**
 * The record a blank 客户报修处理登记表 shows: its reserved number and nothing else. The enum fields hold any value;
 * the blank layout ticks none of their boxes.
 */
function blankRepair(number: string): RepairRecord {
  return {
    id: 0, number, reportedAt: '', roomId: null, roomLabel: null, reporterName: '', phone: null, location: null, content: '',
    category: 'other', workKind: 'repair', urgency: 'normal', status: 'accepted', receiverName: '', createdAt: '', updatedAt: '',
    callId: null, callNumber: null, departmentId: null, departmentName: null, assigneeStaffId: null, assigneeName: null,
    dispatchedByName: null, dispatchedAt: null, instructions: null, collectDueAt: null, collectedAt: null, onSiteDueAt: null,
    agreedTimeNote: null, arrivedAt: null, dueAt: null, overrunReason: null, overrunApprovedByName: null, overrunApprovedAt: null,
    completedAt: null, completedByName: null, result: null, materials: null, chargeType: null, chargeFen: null, revisitDueAt: null,
    round: 0, closedAt: null, voidedAt: null, voidReason: null,
  };
}

/** A blank form printed in advance for the day the PC is down, under its reserved number and its own code. */
export function blankRepairFormDefinition(office: Office, number: string, guard: TextGuard, printedAt: string): PrintDefinition {
  return repairFormDefinition(office, blankRepair(number), guard, printedAt, null, 'blank');
}
