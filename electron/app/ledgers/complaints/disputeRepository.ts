import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ComplaintDisputeTable, Database } from '../../db/schema';
import type { ComplaintDispute, DisputeStatus } from '../../../../shared/domain/complaints/complaintParts';

/** A complaint's disputes (异议), in the order they were raised, with who raised and who decided them. */
export async function complaintDisputes(db: Kysely<Database>, complaintId: number): Promise<ComplaintDispute[]> {
  const rows = await db
    .selectFrom('complaint_disputes')
    .innerJoin('staff as raiser', 'raiser.id', 'complaint_disputes.raised_by')
    .leftJoin('staff as decider', 'decider.id', 'complaint_disputes.decided_by')
    .leftJoin('departments', 'departments.id', 'complaint_disputes.department_id')
    .selectAll('complaint_disputes')
    .select(['raiser.name as raiser_name', 'decider.name as decider_name', 'departments.name as department_name'])
    .where('complaint_disputes.complaint_id', '=', complaintId)
    .orderBy('complaint_disputes.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    departmentName: row.department_name,
    reason: row.reason,
    raisedByName: row.raiser_name,
    raisedAt: row.raised_at,
    status: row.status as DisputeStatus,
    decidedByName: row.decider_name,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
  }));
}

export async function findPendingDispute(db: Kysely<Database>, complaintId: number) {
  return db.selectFrom('complaint_disputes').selectAll().where('complaint_id', '=', complaintId).where('status', '=', 'pending').executeTakeFirst();
}

export async function insertDispute(trx: Kysely<Database>, row: Insertable<ComplaintDisputeTable>): Promise<void> {
  await trx.insertInto('complaint_disputes').values(row).execute();
}

export async function saveDisputeDecision(trx: Kysely<Database>, id: number, decision: Updateable<ComplaintDisputeTable>): Promise<void> {
  await trx.updateTable('complaint_disputes').set(decision).where('id', '=', id).execute();
}

/** The department of the order the complaint is with now, whose resolution it may dispute. */
export async function openOrderDepartment(db: Kysely<Database>, complaintId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('work_orders')
    .select('department_id')
    .where('complaint_id', '=', complaintId)
    .where('status', 'in', ['issued', 'collected'])
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.department_id ?? undefined;
}

