import { DomainError } from '../../../../shared/contract/errors';
import { actionAllowed, complaintActions, type ComplaintAction } from '../../../../shared/domain/complaints/complaintLifecycle';
import { complaintNumbering, complaintStatuses, type ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import type { ChangingRecord } from '../../records/recordChange';
import { indexComplaint } from './complaintSearchRepository';
import { touchesSearch } from './complaintSearchTokens';
import type { ComplaintRow } from './complaintRepository';

/** Refuse an action the complaint's state does not allow, naming both. */
export function checkAction(action: ComplaintAction, row: ComplaintRow): void {
  if (!actionAllowed(action, row.status as ComplaintStatus)) {
    const status = complaintStatuses[row.status as ComplaintStatus];
    throw new DomainError('rule', `投诉 ${row.number} 当前为“${status}”,不能${complaintActions[action].label}`);
  }
}

/**
 * A complaint changes through the generic step: once its current revision was printed for signature a change
 * raises it; the history names the staff in its columns; what the search index holds follows the change.
 */
export const changingComplaint: ChangingRecord<'complaints'> = {
  table: 'complaints',
  entity: complaintNumbering.entity,
  label: '投诉',
  staffColumns: new Set(['investigator_staff_id', 'emergency_staff_id', 'handled_by', 'reviewed_by', 'archived_by', 'voided_by', 'scan_waived_by', 'receiver_staff_id']),
  revision: 'afterPrint',
  async afterChange(trx, id, changedColumns) {
    if (touchesSearch(changedColumns)) await indexComplaint(trx, id);
  },
};
