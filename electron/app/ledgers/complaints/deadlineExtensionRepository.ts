import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, DeadlineExtensionTable } from '../../db/schema';
import type { ExtensionStatus } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { DeadlineExtension } from '../../../../shared/domain/complaints/complaintParts';

/** A supervisor's answer to an extension asked for: approved or not, by whom, when, with what comment. */
type ExtensionDecision = Pick<Updateable<DeadlineExtensionTable>, 'status' | 'decided_by' | 'decided_at' | 'decision_comment'>;

/** A complaint's extensions (申请延期), in the order they were asked for, with who asked and who decided. */
export async function complaintExtensions(db: Kysely<Database>, complaintId: number): Promise<DeadlineExtension[]> {
  const rows = await db
    .selectFrom('deadline_extensions')
    .innerJoin('staff as requester', 'requester.id', 'deadline_extensions.requested_by')
    .leftJoin('staff as decider', 'decider.id', 'deadline_extensions.decided_by')
    .selectAll('deadline_extensions')
    .select(['requester.name as requester_name', 'decider.name as decider_name'])
    .where('deadline_extensions.complaint_id', '=', complaintId)
    .orderBy('deadline_extensions.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    interimMeasure: row.interim_measure,
    previousDueAt: row.previous_due_at,
    requestedDueAt: row.requested_due_at,
    requestedByName: row.requester_name,
    requestedAt: row.requested_at,
    status: row.status as ExtensionStatus,
    decidedByName: row.decider_name,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
  }));
}

export async function findPendingExtension(db: Kysely<Database>, complaintId: number) {
  return db.selectFrom('deadline_extensions').select('id').where('complaint_id', '=', complaintId).where('status', '=', 'pending').executeTakeFirst();
}

export async function findExtension(db: Kysely<Database>, id: number) {
  return db.selectFrom('deadline_extensions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertExtension(trx: Kysely<Database>, row: Insertable<DeadlineExtensionTable>): Promise<void> {
  await trx.insertInto('deadline_extensions').values(row).execute();
}

export async function saveExtensionDecision(trx: Kysely<Database>, id: number, decision: ExtensionDecision): Promise<void> {
  await trx.updateTable('deadline_extensions').set(decision).where('id', '=', id).execute();
}

/** Every extension of the complaint still waiting for a decision gets this one (a voided complaint's). */
export async function decidePendingExtensions(trx: Kysely<Database>, complaintId: number, decision: ExtensionDecision): Promise<void> {
  await trx.updateTable('deadline_extensions').set(decision).where('complaint_id', '=', complaintId).where('status', '=', 'pending').execute();
}

/** A complaint's approved extensions in the order they were granted: each moved the deadline on from the one before. */
export async function approvedExtensions(db: Kysely<Database>, complaintId: number) {
  return db
    .selectFrom('deadline_extensions')
    .select(['id', 'previous_due_at', 'requested_due_at'])
    .where('complaint_id', '=', complaintId)
    .where('status', '=', 'approved')
    .orderBy('id')
    .execute();
}

export async function moveExtension(trx: Kysely<Database>, id: number, previousDueAt: string, requestedDueAt: string): Promise<void> {
  await trx.updateTable('deadline_extensions').set({ previous_due_at: previousDueAt, requested_due_at: requestedDueAt }).where('id', '=', id).execute();
}
