import type { Kysely, Updateable } from 'kysely';
import type { ComplaintTable, Database } from '../../db/schema';
import { appendHistory } from '../../history/historyRepository';
import { indexComplaint, touchesSearch } from './complaintSearchRepository';
import { staffNames } from '../../office/officeRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { actionAllowed, complaintActions, type ComplaintAction } from '../../../../shared/domain/complaints/complaintLifecycle';
import { complaintStatuses, type ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import type { Actor } from '../../auth/session';
import type { ComplaintRow } from './complaintRepository';

/** Refuse an action the complaint's state does not allow, naming both. */
export function checkAction(action: ComplaintAction, row: ComplaintRow): void {
  if (!actionAllowed(action, row.status as ComplaintStatus)) {
    const status = complaintStatuses[row.status as ComplaintStatus];
    throw new DomainError('rule', `投诉 ${row.number} 当前为“${status}”,不能${complaintActions[action].label}`);
  }
}

export interface ComplaintChange {
  action: string;
  summary: string;
  set: Updateable<ComplaintTable>;
  /** Why a printed record changed: required for corrections, the action itself explains a process step. */
  reason?: string | null;
  reasonRequired?: boolean;
}

const staffColumns = new Set(['investigator_staff_id', 'emergency_staff_id', 'handled_by', 'reviewed_by', 'archived_by', 'voided_by', 'scan_waived_by', 'receiver_staff_id']);

/**
 * Write one change to a complaint and its history row in the caller's transaction. Once the current revision
 * has been printed for signature, the change raises the revision, so the paper and the record never disagree
 * silently; the history names the fields with their before and after values.
 */
export async function changeComplaint(trx: Kysely<Database>, row: ComplaintRow, actor: Actor, now: string, change: ComplaintChange): Promise<void> {
  const printed = row.printed_revision !== null;
  if (change.reasonRequired && printed && !change.reason) {
    throw new DomainError('rule', `投诉 ${row.number} 已打印签字,修改须填写原因`, 'reason');
  }
  const changed = Object.entries(change.set).filter(([column, value]) => row[column as keyof ComplaintRow] !== value);
  // A step that changes nothing on the record (a scan returned, an extension asked) leaves the paper current.
  const revision = printed && row.printed_revision === row.revision && changed.length > 0 ? row.revision + 1 : row.revision;
  const names = await staffNames(trx, changed.flatMap(([column, value]) => (staffColumns.has(column) ? [value as number, row[column as keyof ComplaintRow] as number] : [])));
  const shown = (column: string, value: unknown) => (staffColumns.has(column) && typeof value === 'number' ? (names.get(value) ?? value) : value);

  await trx
    .updateTable('complaints')
    .set({ ...change.set, revision, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  if (touchesSearch(changed.map(([column]) => column))) await indexComplaint(trx, row.id);
  await appendHistory(trx, {
    entity: 'complaint',
    entityId: row.id,
    at: now,
    staffId: actor.staffId,
    action: change.action,
    summary: change.summary,
    changes: Object.fromEntries(
      changed.map(([column, value]) => [camelCase(column), [shown(column, row[column as keyof ComplaintRow]), shown(column, value)]]),
    ),
    revision,
    reason: change.reason ?? null,
  });
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
