import type { Insertable, Kysely, Updateable } from 'kysely';
import type { CapaReportTable, Database } from '../../db/schema';
import type { CapaStatus } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { CapaReport } from '../../../../shared/domain/complaints/complaintParts';

/** The 纠正/预防措施报告 (JZ-…) a supervisor asks of a department, and its answer. */

function selectCapaReports(db: Kysely<Database>) {
  return db
    .selectFrom('capa_reports')
    .innerJoin('complaints', 'complaints.id', 'capa_reports.complaint_id')
    .innerJoin('staff as requester', 'requester.id', 'capa_reports.requested_by')
    .leftJoin('staff as submitter', 'submitter.id', 'capa_reports.submitted_by')
    .leftJoin('departments', 'departments.id', 'capa_reports.department_id')
    .selectAll('capa_reports')
    .select(['complaints.number as complaint_number', 'requester.name as requester_name', 'submitter.name as submitter_name', 'departments.name as department_name']);
}

function toCapaReport(row: Awaited<ReturnType<ReturnType<typeof selectCapaReports>['executeTakeFirstOrThrow']>>): CapaReport {
  return {
    id: row.id,
    number: row.number,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    departmentName: row.department_name,
    requestNote: row.request_note,
    requestedByName: row.requester_name,
    requestedAt: row.requested_at,
    dueAt: row.due_at,
    status: row.status as CapaStatus,
    nonconformity: row.nonconformity,
    causeAnalysis: row.cause_analysis,
    correctiveAction: row.corrective_action,
    preventiveAction: row.preventive_action,
    responsiblePerson: row.responsible_person,
    plannedCompletion: row.planned_completion,
    submittedByName: row.submitter_name,
    submittedAt: row.submitted_at,
  };
}

export async function findCapaReport(db: Kysely<Database>, id: number): Promise<CapaReport | undefined> {
  const row = await selectCapaReports(db).where('capa_reports.id', '=', id).executeTakeFirst();
  return row && toCapaReport(row);
}

export async function complaintCapaReports(db: Kysely<Database>, complaintId: number): Promise<CapaReport[]> {
  const rows = await selectCapaReports(db).where('capa_reports.complaint_id', '=', complaintId).orderBy('capa_reports.id').execute();
  return rows.map(toCapaReport);
}

/** What deciding whether a report may be submitted needs: its complaint, its state and its number. */
export async function findCapaState(db: Kysely<Database>, id: number) {
  return db.selectFrom('capa_reports').select(['complaint_id', 'status', 'number']).where('id', '=', id).executeTakeFirst();
}

export async function insertCapaReport(trx: Kysely<Database>, row: Insertable<CapaReportTable>): Promise<void> {
  await trx.insertInto('capa_reports').values(row).execute();
}

export async function updateCapaReport(trx: Kysely<Database>, id: number, set: Updateable<CapaReportTable>): Promise<void> {
  await trx.updateTable('capa_reports').set(set).where('id', '=', id).execute();
}

/** Reports asked for and not yet submitted, with their deadlines, for a change of the working calendar. */
export async function openCapaDeadlines(db: Kysely<Database>) {
  return db
    .selectFrom('capa_reports')
    .select(['id', 'number', 'complaint_id', 'requested_at', 'due_at'])
    .where('status', '=', 'requested')
    .orderBy('id')
    .execute();
}
